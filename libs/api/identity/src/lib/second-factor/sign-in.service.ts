import { badUserInput, inTransaction, type RequestContext, type TxContext } from '@manager/api-core';
import type { SecurityDataByAction } from '@manager/domain';
import { recordSecurityEvent } from '../security-events';
import { openSession, requestDevice } from '../session.service';
import { deviceLabel } from '../sessions/device-label';
import { noticeNewDevice } from '../sessions/new-device';
import { User } from '../user.entity';
import { consumePendingSignIn, pendingSignInUser } from './pending-sign-in';
import { authenticateWithPasskey, authenticationOptions, relyingParty } from './passkeys';
import { spendRecoveryCode } from './recovery-codes';
import { markSecondFactorSucceeded, reserveSecondFactorAttempt } from './second-factor-throttle';
import type { SecondFactorMethod, SignInPayload } from './second-factor.types';
import { acceptTotpCode } from './totp';

export const WRONG_CODE = 'This code is not right, or it was already used: enter the current one.';
export const WRONG_RECOVERY_CODE = 'This recovery code is not right, or it was already used.';

/** Where the new-device email sends the person. */
const sessionsUrl = (ctx: Pick<RequestContext, 'publicUrl'>) => `${ctx.publicUrl}/account/security`;

/**
 * Opens the session of a completed sign-in in the caller's transaction (with a second factor:
 * organizations that require one let it in), records it, and emails a new device. The caller sets
 * the cookie once the transaction commits (`signInAfterCommit`).
 */
export async function openSignedInSession(
  txc: TxContext,
  user: User,
  method: SecurityDataByAction['sign_in.completed']['method'] | null,
): Promise<{ token: string; expiresAt: Date; sessionId: string; secondFactor: boolean }> {
  const device = requestDevice(txc, method !== null);
  await noticeNewDevice(txc.tx, user, device, { sessionsUrl: sessionsUrl(txc) });
  const session = await openSession(txc.tx, user.id, device);
  if (method) await recordSecurityEvent(txc.tx, user.id, 'sign_in.completed', { method, device: deviceLabel(device.userAgent) });
  return { ...session, secondFactor: method !== null };
}

export function signInAfterCommit(ctx: RequestContext, user: User, session: { token: string; expiresAt: Date; sessionId: string; secondFactor: boolean }): void {
  ctx.session.set(session.token, session.expiresAt);
  ctx.log.info({ userId: user.id }, 'signed in');
  ctx.signIn({ userId: user.id, sessionId: session.sessionId, secondFactor: session.secondFactor });
}

/**
 * The second step with a code: the authenticator app's (accepted once, ±1 step) or a recovery
 * code (single use). Throttled per person before the code is checked, like passwords, so that
 * concurrent guesses cannot overtake the limit; the pending sign-in is used up only by success.
 */
export async function completeSignInWithCode(ctx: RequestContext, pendingToken: string, method: SecondFactorMethod, code: string): Promise<SignInPayload> {
  const userId = await pendingSignInUser(ctx.dataSource, pendingToken);
  const attemptId = await reserveSecondFactorAttempt(ctx.dataSource, userId);
  const outcome = await inTransaction(ctx, async (txc) => {
    let recoveryCodesLeft: number | null = null;
    if (method === 'TOTP') {
      if (!(await acceptTotpCode(txc.tx, userId, code.replace(/\s/g, ''), { confirmed: true }))) return { wrong: WRONG_CODE } as const;
    } else {
      recoveryCodesLeft = await spendRecoveryCode(txc.tx, userId, code);
      if (recoveryCodesLeft === null) return { wrong: WRONG_RECOVERY_CODE } as const;
      await recordSecurityEvent(txc.tx, userId, 'recovery_code.used', { left: recoveryCodesLeft });
    }
    await consumePendingSignIn(txc.tx, pendingToken, userId);
    await markSecondFactorSucceeded(txc.tx, attemptId);
    const user = await txc.tx.findOneByOrFail(User, { id: userId });
    const session = await openSignedInSession(txc, user, method === 'TOTP' ? 'TOTP' : 'RECOVERY_CODE');
    return { user, session, recoveryCodesLeft };
  });
  // A wrong code leaves its attempt counted (written before, in its own transaction).
  if ('wrong' in outcome) throw badUserInput('code', outcome.wrong as string);
  signInAfterCommit(ctx, outcome.user, outcome.session);
  return { user: outcome.user, recoveryCodesLeft: outcome.recoveryCodesLeft };
}

/** Options for navigator.credentials.get: after a password (the person's passkeys) or alone (discoverable ones). */
export async function startPasskeySignIn(ctx: RequestContext, pendingToken: string | null | undefined): Promise<string> {
  const userId = pendingToken ? await pendingSignInUser(ctx.dataSource, pendingToken) : null;
  return inTransaction(ctx, ({ tx }) => authenticationOptions(tx, relyingParty(ctx.publicUrl), userId));
}

/** Completes a sign-in with a passkey: the second step after a password, or the whole sign-in with a passkey alone. */
export async function finishPasskeySignIn(ctx: RequestContext, pendingToken: string | null | undefined, responseJson: string): Promise<SignInPayload> {
  const pendingUserId = pendingToken ? await pendingSignInUser(ctx.dataSource, pendingToken) : null;
  const { user, session } = await inTransaction(ctx, async (txc) => {
    const passkey = await authenticateWithPasskey(txc.tx, relyingParty(ctx.publicUrl), pendingUserId, responseJson);
    if (pendingToken && pendingUserId) await consumePendingSignIn(txc.tx, pendingToken, pendingUserId);
    const signedIn = await txc.tx.findOneByOrFail(User, { id: passkey.userId });
    return { user: signedIn, session: await openSignedInSession(txc, signedIn, pendingUserId ? 'PASSKEY' : 'PASSKEY_ONLY') };
  });
  signInAfterCommit(ctx, user, session);
  return { user, recoveryCodesLeft: null };
}
