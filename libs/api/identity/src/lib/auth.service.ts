import { type RequestContext, unauthenticated, inTransaction } from '@manager/api-core';
import type { Language, ThemePreference } from '@manager/domain';
import { markLoginSucceeded, reserveLoginAttempt } from './login-throttle';
import { decoyPasswordHash, verifyPassword } from './password-hasher';
import { revokeSession } from './session.service';
import { enrolledMethods } from './second-factor/factors';
import { createPendingSignIn } from './second-factor/pending-sign-in';
import type { PendingSecondFactor } from './second-factor/second-factor.types';
import { openSignedInSession, signInAfterCommit } from './second-factor/sign-in.service';
import { User } from './user.entity';

/** The one message for a wrong email or a wrong password: it never says which. */
export const WRONG_CREDENTIALS = 'Incorrect email or password.';

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Signs in. The attempt is reserved (and counted as a failure) before the password is checked, so
 * that concurrent guesses cannot overtake the throttle; only a right password turns it into a
 * success. An unknown email is checked against a decoy hash: it takes as long as a wrong password.
 * A person with a second factor gets no session yet: a pending sign-in (five minutes, single use)
 * that a code, a recovery code or a passkey completes.
 */
export async function login(ctx: RequestContext, rawEmail: string, password: string): Promise<{ user: User | null; secondFactor: PendingSecondFactor | null }> {
  const email = normalizeEmail(rawEmail);
  const attemptId = await reserveLoginAttempt(ctx.dataSource, email, ctx.ip);
  const user = await ctx.dataSource.manager.findOne(User, { where: { email } });
  const valid = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), password);
  if (!user || !valid) throw unauthenticated(WRONG_CREDENTIALS);
  const outcome = await inTransaction(ctx, async (txc) => {
    await markLoginSucceeded(txc.tx, attemptId);
    const methods = await enrolledMethods(txc.tx, user.id);
    if (methods.length) {
      const pending = await createPendingSignIn(txc.tx, user.id);
      return { pending: { pendingToken: pending.token, expiresAt: pending.expiresAt, methods } };
    }
    return { session: await openSignedInSession(txc, user, null) };
  });
  if (outcome.pending) {
    ctx.log.info({ userId: user.id }, 'password accepted; second factor pending');
    return { user: null, secondFactor: outcome.pending };
  }
  signInAfterCommit(ctx, user, outcome.session); // the payload (user { memberships }) is read as them
  return { user, secondFactor: null };
}

/** Ends this browser's session at once: the token is revoked in the database, not just forgotten. */
export async function logout(ctx: RequestContext): Promise<boolean> {
  if (ctx.actor?.sessionId) await revokeSession(ctx.dataSource.manager, ctx.actor.sessionId);
  ctx.session.clear();
  ctx.signOut();
  return true;
}

/** The signed-in person; null for nobody and for an API token (a script is no person: `currentApiToken` says what it is). */
export async function currentUser(ctx: RequestContext): Promise<User | null> {
  if (!ctx.actor || ctx.actor.token) return null;
  return ctx.dataSource.manager.findOne(User, { where: { id: ctx.actor.userId } });
}

export async function updateThemePreference(ctx: RequestContext, themePreference: ThemePreference): Promise<User> {
  const user = await currentUser(ctx);
  if (!user) throw unauthenticated();
  user.themePreference = themePreference;
  await ctx.dataSource.manager.update(User, { id: user.id }, { themePreference });
  return user;
}

/**
 * Saves the language the person reads the Manager and their emails in. Profile changes are not in
 * any organization's activity trail (the theme is not either), so nothing is recorded there.
 * The rest of this request already answers in it.
 */
export async function setLanguage(ctx: RequestContext, language: Language): Promise<User> {
  if (!ctx.actor || ctx.actor.token) throw unauthenticated();
  const userId = ctx.actor.userId;
  const user = await inTransaction(ctx, async ({ tx }) => {
    await tx.update(User, { id: userId }, { language });
    return tx.findOne(User, { where: { id: userId } });
  });
  if (!user) throw unauthenticated();
  ctx.language = language;
  return user;
}
