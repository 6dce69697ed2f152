import type { EntityManager } from 'typeorm';
import { badUserInput, conflict, forbidden, inTransaction, notFound, type RequestContext, secondFactorDemandedCondition, unauthenticated, returningRows } from '@manager/api-core';
import { confirmPassword } from '../password-confirmation';
import { recordSecurityEvent } from '../security-events';
import { User } from '../user.entity';
import { hasSecondFactor } from './factors';
import { registerPasskey, registrationOptions, relyingParty } from './passkeys';
import { RECOVERY_CODE_COUNT, replaceRecoveryCodes } from './recovery-codes';
import { WebauthnCredential } from './second-factor.entities';
import { markSecondFactorSucceeded, reserveSecondFactorAttempt } from './second-factor-throttle';
import type { Passkey, TotpEnrolment } from './second-factor.types';
import { acceptTotpCode, beginTotp, hasConfirmedTotp } from './totp';
import { WRONG_CODE } from './sign-in.service';

/** The signed-in person (a session, never an API token) and their session id. */
async function sessionPerson(ctx: RequestContext): Promise<{ user: User; sessionId: string }> {
  const actor = ctx.actor;
  if (!actor?.sessionId) throw unauthenticated();
  const user = await ctx.dataSource.manager.findOneBy(User, { id: actor.userId });
  if (!user) throw unauthenticated();
  return { user, sessionId: actor.sessionId };
}

/**
 * After a second factor is enrolled in this session: the session counts as verified from the next
 * request on (the person just proved they hold it), and the first factor brings ten recovery
 * codes, returned once.
 */
async function afterEnrolment(tx: EntityManager, ctx: RequestContext, userId: string, sessionId: string, wasFirst: boolean): Promise<string[]> {
  await tx.query(`UPDATE session SET second_factor = true WHERE id = $1`, [sessionId]);
  if (ctx.actor && !ctx.actor.token) ctx.actor.secondFactor = true;
  if (!wasFirst) return [];
  const codes = await replaceRecoveryCodes(tx, userId);
  await recordSecurityEvent(tx, userId, 'recovery_codes.generated', { count: RECOVERY_CODE_COUNT });
  return codes;
}

export async function startTotpEnrolment(ctx: RequestContext): Promise<TotpEnrolment> {
  const { user } = await sessionPerson(ctx);
  return inTransaction(ctx, async ({ tx }) => {
    if (await hasConfirmedTotp(tx, user.id)) throw conflict('The authenticator app is already on: remove it first to set up another.');
    return beginTotp(tx, user.id, user.email);
  });
}

/** The first code from the app confirms it (throttled like sign-in codes; accepted once). */
export async function confirmTotpEnrolment(ctx: RequestContext, code: string): Promise<string[]> {
  const { user, sessionId } = await sessionPerson(ctx);
  const attemptId = await reserveSecondFactorAttempt(ctx.dataSource, user.id);
  const codes = await inTransaction(ctx, async ({ tx }) => {
    if (await hasConfirmedTotp(tx, user.id)) throw conflict('The authenticator app is already on.');
    const wasFirst = !(await hasSecondFactor(tx, user.id));
    if (!(await acceptTotpCode(tx, user.id, code.replace(/\s/g, ''), { confirmed: false }))) return null;
    await markSecondFactorSucceeded(tx, attemptId);
    await recordSecurityEvent(tx, user.id, 'totp.enabled', {});
    return afterEnrolment(tx, ctx, user.id, sessionId, wasFirst);
  });
  if (!codes) throw badUserInput('code', WRONG_CODE);
  return codes;
}

export async function startPasskeyRegistration(ctx: RequestContext): Promise<string> {
  const { user } = await sessionPerson(ctx);
  return inTransaction(ctx, ({ tx }) => registrationOptions(tx, relyingParty(ctx.publicUrl), user));
}

export async function finishPasskeyRegistration(ctx: RequestContext, name: string, responseJson: string): Promise<{ passkey: Passkey; recoveryCodes: string[] }> {
  const { user, sessionId } = await sessionPerson(ctx);
  if (!name.trim()) throw badUserInput('name', 'Name the passkey.');
  return inTransaction(ctx, async ({ tx }) => {
    const wasFirst = !(await hasSecondFactor(tx, user.id));
    const passkey = await registerPasskey(tx, relyingParty(ctx.publicUrl), user.id, name, responseJson);
    await recordSecurityEvent(tx, user.id, 'passkey.added', { name: passkey.name });
    const recoveryCodes = await afterEnrolment(tx, ctx, user.id, sessionId, wasFirst);
    return { passkey: toPasskey(passkey), recoveryCodes };
  });
}

export function toPasskey(row: WebauthnCredential): Passkey {
  return { id: row.id, name: row.name, createdAt: row.createdAt, lastUsedAt: row.lastUsedAt };
}

export async function renamePasskey(ctx: RequestContext, id: string, name: string): Promise<Passkey> {
  const { user } = await sessionPerson(ctx);
  const trimmed = name.trim();
  if (!trimmed) throw badUserInput('name', 'Name the passkey.');
  return inTransaction(ctx, async ({ tx }) => {
    const passkey = await tx.findOne(WebauthnCredential, { where: { id, userId: user.id }, lock: { mode: 'pessimistic_write' } });
    if (!passkey) throw notFound('Passkey');
    if (passkey.name !== trimmed) {
      await tx.update(WebauthnCredential, { id }, { name: trimmed });
      await recordSecurityEvent(tx, user.id, 'passkey.renamed', { from: passkey.name, to: trimmed });
      passkey.name = trimmed;
    }
    return toPasskey(passkey);
  });
}

/**
 * Refuses to remove the last second factor of a person whose organization requires one: they
 * would be locked out of it at the next sign-in. Recovery codes go with the last factor.
 */
async function afterRemoval(tx: EntityManager, userId: string): Promise<void> {
  if (await hasSecondFactor(tx, userId)) return;
  const [row]: { demanded: boolean }[] = await tx.query(`SELECT ${secondFactorDemandedCondition('$1::uuid')} AS demanded`, [userId]);
  if (row.demanded) throw forbidden('An organization you belong to requires two-step verification: add another passkey or the authenticator app before removing this one.');
  await tx.query(`DELETE FROM recovery_code WHERE user_id = $1`, [userId]);
}

export async function removePasskey(ctx: RequestContext, id: string, password: string): Promise<void> {
  const { user } = await sessionPerson(ctx);
  await confirmPassword(ctx, user.id, password);
  await inTransaction(ctx, async ({ tx }) => {
    const passkey = await tx.findOne(WebauthnCredential, { where: { id, userId: user.id }, lock: { mode: 'pessimistic_write' } });
    if (!passkey) throw notFound('Passkey');
    await tx.delete(WebauthnCredential, { id });
    await afterRemoval(tx, user.id);
    await recordSecurityEvent(tx, user.id, 'passkey.removed', { name: passkey.name });
  });
}

export async function removeTotp(ctx: RequestContext, password: string): Promise<void> {
  const { user } = await sessionPerson(ctx);
  await confirmPassword(ctx, user.id, password);
  await inTransaction(ctx, async ({ tx }) => {
    const removed = await returningRows(tx, `DELETE FROM totp_secret WHERE user_id = $1 AND confirmed_at IS NOT NULL RETURNING user_id`, [user.id]);
    if (!removed.length) throw notFound('Authenticator app');
    await afterRemoval(tx, user.id);
    await recordSecurityEvent(tx, user.id, 'totp.removed', {});
  });
}

export async function regenerateRecoveryCodes(ctx: RequestContext, password: string): Promise<string[]> {
  const { user } = await sessionPerson(ctx);
  await confirmPassword(ctx, user.id, password);
  return inTransaction(ctx, async ({ tx }) => {
    if (!(await hasSecondFactor(tx, user.id))) throw conflict('Add a passkey or the authenticator app first: recovery codes stand in for them.');
    const codes = await replaceRecoveryCodes(tx, user.id);
    await recordSecurityEvent(tx, user.id, 'recovery_codes.generated', { count: RECOVERY_CODE_COUNT });
    return codes;
  });
}
