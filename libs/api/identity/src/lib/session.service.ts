import { createHash, randomBytes } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { type Actor, ownRolesSql, type RequestContext, secondFactorDemandedCondition, sqlRead } from '@manager/api-core';
import { type Language, type MembershipRole, truncatedNetwork } from '@manager/domain';
import { Session } from './session.entity';

/** How long a session lives without signing in again. */
export const SESSION_TTL_MS = 14 * 24 * 60 * 60 * 1000;

export function hashToken(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}

/** What a session remembers of the browser that opened it (listed on the sessions page). */
export interface SessionDevice {
  userAgent: string | null;
  ip: string;
  /** Opened with a second factor: organizations that require one let it in. */
  secondFactor?: boolean;
}

/** The device of the request, for `openSession`. */
export function requestDevice(ctx: Pick<RequestContext, 'ip' | 'userAgent'>, secondFactor = false): SessionDevice {
  return { userAgent: ctx.userAgent ?? null, ip: ctx.ip, secondFactor };
}

/**
 * Opens a session and returns the token for the cookie: 256 random bits, only the hash stored.
 * The caller sets the cookie with `ctx.session.set(token, expiresAt)` once its transaction commits.
 * The address is stored truncated (/24, /48) and the user agent bounded.
 */
export async function openSession(
  manager: EntityManager,
  userId: string,
  device: SessionDevice | null = null,
): Promise<{ token: string; expiresAt: Date; sessionId: string }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + SESSION_TTL_MS);
  const { identifiers } = await manager.insert(Session, {
    userId,
    tokenHash: hashToken(token),
    expiresAt,
    revokedAt: null,
    userAgent: device?.userAgent?.slice(0, 512) ?? null,
    ipNetwork: device ? truncatedNetwork(device.ip) : null,
    secondFactor: device?.secondFactor ?? false,
  });
  return { token, expiresAt, sessionId: identifiers[0]['id'] as string };
}

interface SessionRow {
  id: string;
  user_id: string;
  second_factor: boolean;
  demanded: boolean;
  language: Language | null;
  own_roles: [string, MembershipRole][] | null;
}

/** How stale `last_active_at` may get: written at most once a minute, not on every request. */
const LAST_ACTIVE_RESOLUTION = '1 minute';

/**
 * The actor behind a cookie token, or null when it is unknown, expired or revoked. One statement,
 * named (prepared once per pooled connection) since every signed-in request starts with it: the
 * session, the person's saved language, whether their organizations demand a second factor it lacks, the person's own
 * roles (which spare a query the policy's statement for those organizations: `primeOwnRoles`), and (at most once
 * a minute, in the same autocommitted statement) its last activity.
 */
export async function resolveSession(dataSource: DataSource, token: string | undefined): Promise<Actor | null> {
  if (!token || token.length > 100) return null;
  const [actor] = await sqlRead(
    dataSource,
    {
      name: 'identity.session',
      text: `WITH live AS (
               SELECT id, user_id, second_factor FROM session WHERE token_hash = $1 AND revoked_at IS NULL AND expires_at > now()
             ), touched AS (
               UPDATE session SET last_active_at = now()
               WHERE id = (SELECT id FROM live) AND last_active_at < now() - interval '${LAST_ACTIVE_RESOLUTION}'
               RETURNING id
             )
             SELECT live.id, live.user_id, live.second_factor, ${secondFactorDemandedCondition('live.user_id')} AS demanded,
                    (SELECT language FROM app_user WHERE id = live.user_id) AS language,
                    ${ownRolesSql('live.user_id')} AS own_roles
             FROM live`,
      values: [hashToken(token)],
    },
    (row: SessionRow): Actor => ({
      sessionId: row.id,
      userId: row.user_id,
      secondFactor: row.second_factor,
      language: row.language,
      ownRoles: row.own_roles,
      ...(row.demanded && !row.second_factor ? { secondFactorRequired: true } : {}),
    }),
  );
  return actor ?? null;
}

export async function revokeSession(manager: EntityManager, sessionId: string): Promise<void> {
  await manager.update(Session, { id: sessionId }, { revokedAt: () => 'now()' });
}
