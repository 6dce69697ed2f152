import { inTransaction, notFound, type RequestContext, secondFactorDemandedCondition, sqlRead, unauthenticated, returningRows } from '@manager/api-core';
import { renderSecurityEvent } from '@manager/domain';
import { recordSecurityEvent } from '../security-events';
import { WebauthnCredential } from '../second-factor/second-factor.entities';
import { toPasskey } from '../second-factor/enrolment.service';
import { deviceLabel } from './device-label';
import type { AccountSecurity, AccountSession, SecurityActivityEvent } from './sessions.types';

function sessionActor(ctx: RequestContext): { userId: string; sessionId: string } {
  const actor = ctx.actor;
  if (!actor?.sessionId) throw unauthenticated();
  return { userId: actor.userId, sessionId: actor.sessionId };
}

interface SessionRow {
  id: string;
  user_agent: string | null;
  ip_network: string | null;
  created_at: Date;
  last_active_at: Date;
  second_factor: boolean;
}

export async function accountSecurity(ctx: RequestContext): Promise<AccountSecurity> {
  const { userId, sessionId } = sessionActor(ctx);
  const db = ctx.dataSource;
  const [facts]: { totp: boolean; codes: number; demanded: boolean }[] = await db.query(
    `SELECT EXISTS (SELECT 1 FROM totp_secret WHERE user_id = $1 AND confirmed_at IS NOT NULL) AS totp,
            (SELECT count(*)::int FROM recovery_code WHERE user_id = $1 AND used_at IS NULL) AS codes,
            ${secondFactorDemandedCondition('$1::uuid')} AS demanded`,
    [userId],
  );
  const sessions = await sqlRead(
    db,
    {
      name: 'identity.account-sessions',
      text: `SELECT id, user_agent, ip_network, created_at, last_active_at, second_factor FROM session
             WHERE user_id = $1 AND revoked_at IS NULL AND expires_at > now()
             ORDER BY last_active_at DESC, id LIMIT 100`,
      values: [userId],
    },
    (row: SessionRow): AccountSession => ({
      id: row.id,
      device: deviceLabel(row.user_agent),
      place: row.ip_network ? `network ${row.ip_network}` : null,
      createdAt: row.created_at,
      lastActiveAt: row.last_active_at,
      current: row.id === sessionId,
      secondFactor: row.second_factor,
    }),
  );
  const activity = await sqlRead(
    db,
    {
      name: 'identity.security-activity',
      text: `SELECT id, action, data, created_at FROM security_event WHERE user_id = $1 ORDER BY created_at DESC, id DESC LIMIT 50`,
      values: [userId],
    },
    (row: { id: string; action: string; data: unknown; created_at: Date }): SecurityActivityEvent => ({
      id: row.id,
      action: row.action,
      summary: renderSecurityEvent(row.action, row.data),
      occurredAt: row.created_at,
    }),
  );
  const passkeys = await db.manager.find(WebauthnCredential, { where: { userId }, order: { createdAt: 'ASC' } });
  return {
    totpEnabled: facts.totp,
    passkeys: passkeys.map(toPasskey),
    recoveryCodesLeft: facts.codes,
    secondFactorRequired: facts.demanded,
    sessions,
    activity,
  };
}

/** Ends one of the person's sessions (this one too, like logging out): from its next request on, it is nobody. */
export async function endSession(ctx: RequestContext, targetId: string): Promise<number> {
  const { userId, sessionId } = sessionActor(ctx);
  const ended = await inTransaction(ctx, async ({ tx }) => {
    const rows = await returningRows<{ user_agent: string | null }>(
      tx,
      `UPDATE session SET revoked_at = now() WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL AND expires_at > now() RETURNING user_agent`,
      [targetId, userId],
    );
    if (!rows.length) throw notFound('Session');
    await recordSecurityEvent(tx, userId, 'session.ended', { device: deviceLabel(rows[0].user_agent), which: 'ONE', count: 1 });
    return rows.length;
  });
  if (targetId === sessionId) {
    ctx.session.clear();
    ctx.signOut();
  }
  return ended;
}

/** Ends every session of the person but this browser's. */
export async function endOtherSessions(ctx: RequestContext): Promise<number> {
  const { userId, sessionId } = sessionActor(ctx);
  return inTransaction(ctx, async ({ tx }) => {
    const rows = await returningRows(
      tx,
      `UPDATE session SET revoked_at = now() WHERE user_id = $1 AND id <> $2 AND revoked_at IS NULL AND expires_at > now() RETURNING id`,
      [userId, sessionId],
    );
    if (rows.length) await recordSecurityEvent(tx, userId, 'session.ended', { device: 'other devices', which: 'OTHERS', count: rows.length });
    return rows.length;
  });
}
