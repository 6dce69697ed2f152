import { isEmail } from 'class-validator';
import { recipientLanguage } from '../emails/email-page';
import { badUserInput, enqueueEmail, type RequestContext, inTransaction } from '@manager/api-core';
import { normalizeEmail } from '../auth.service';
import { hashPassword } from '../password-hasher';
import { hasSecondFactor } from '../second-factor/factors';
import { hashToken, openSession, requestDevice } from '../session.service';
import { User } from '../user.entity';
import { passwordResetEmail } from './password-emails';
import { settleReplacedPassword } from './password-replaced';
import { assertPasswordAllowed } from './password-policy';
import { recordPasswordResetRequest } from './password-reset-throttle';
import { newPasswordResetToken, PASSWORD_RESET_TTL_MINUTES, passwordResetUrl } from './password-reset-token';

export const INVALID_RESET_LINK =
  'This link is no longer valid: it was already used, a newer one was sent, or it has expired. Ask for a new link.';

/**
 * "Forgot password?": emails a reset link when the address has an account, and answers the same
 * when it has none. Both paths take the same throttle and the same transaction; the known one adds
 * two small inserts (the token and the queued email, sent later by the outbox worker), so the
 * timing tells nothing either. A new link replaces any earlier one.
 */
export async function requestPasswordReset(ctx: RequestContext, rawEmail: string): Promise<void> {
  const email = normalizeEmail(rawEmail);
  if (!isEmail(email)) throw badUserInput('email', 'Enter a valid email address, e.g. ada@example.com.');
  const { token, tokenHash } = newPasswordResetToken();
  await inTransaction(ctx, async ({ tx }) => {
    await recordPasswordResetRequest(tx, email, ctx.ip);
    const [user]: { id: string; display_name: string; language: string | null }[] = await tx.query(`SELECT id, display_name, language FROM app_user WHERE email = $1`, [
      email,
    ]);
    if (!user) return;
    await tx.query(`DELETE FROM password_reset_token WHERE user_id = $1 AND used_at IS NULL`, [user.id]);
    await tx.query(
      `INSERT INTO password_reset_token (user_id, token_hash, expires_at) VALUES ($1, $2, now() + make_interval(mins => $3))`,
      [user.id, tokenHash, PASSWORD_RESET_TTL_MINUTES],
    );
    await enqueueEmail(
      tx,
      passwordResetEmail({
        to: email,
        name: user.display_name,
        link: passwordResetUrl(ctx.publicUrl, token),
        validMinutes: PASSWORD_RESET_TTL_MINUTES,
        language: recipientLanguage(user.language),
      }),
    );
  });
}

/** The account a live reset link is for (the page shows it), or null: unknown, used or expired. */
export async function passwordResetLink(ctx: RequestContext, token: string): Promise<{ email: string; expiresAt: Date } | null> {
  if (!token || token.length > 200) return null;
  const [row]: { email: string; expires_at: Date }[] = await ctx.dataSource.query(
    `SELECT u.email, t.expires_at FROM password_reset_token t JOIN app_user u ON u.id = t.user_id
     WHERE t.token_hash = $1 AND t.used_at IS NULL AND t.expires_at > now()`,
    [hashToken(token)],
  );
  return row ? { email: row.email, expiresAt: row.expires_at } : null;
}

/**
 * Sets a new password from a reset link, in one transaction: the link is locked and checked (a
 * second use, even a concurrent one, finds it used), the policy applied, the password replaced,
 * every session of the account ended, the owner notified, and this browser signed in — the link
 * proved the person reads the account's email, as signing in would have (unless a second factor
 * is enrolled: then the person logs in with the new password and it). Any refusal rolls back
 * everything, so the link still works for a better password.
 */
export async function resetPassword(ctx: RequestContext, token: string, newPassword: string): Promise<User> {
  if (!token) throw badUserInput('token', INVALID_RESET_LINK);
  const { user, session } = await inTransaction(ctx, async ({ tx }) => {
    const [link]: { id: string; user_id: string }[] = await tx.query(
      `SELECT id, user_id FROM password_reset_token
       WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now()
       FOR UPDATE`,
      [hashToken(token)],
    );
    if (!link) throw badUserInput('token', INVALID_RESET_LINK);
    const user = await tx.findOneByOrFail(User, { id: link.user_id });
    await assertPasswordAllowed('newPassword', newPassword, { email: user.email, name: user.displayName });
    const passwordHash = await hashPassword(newPassword);

    await tx.query(`UPDATE password_reset_token SET used_at = now() WHERE id = $1`, [link.id]);
    await tx.update(User, { id: user.id }, { passwordHash });
    await settleReplacedPassword(tx, user, { how: 'RESET', keepSessionId: null, publicUrl: ctx.publicUrl });
    // Someone else signed in in this browser: their cookie is about to be replaced, end it too.
    if (ctx.actor && ctx.actor.userId !== user.id) await tx.query(`UPDATE session SET revoked_at = now() WHERE id = $1`, [ctx.actor.sessionId]);
    // An email link is one factor: with a second factor enrolled, the person logs in with it (no session here).
    const session = (await hasSecondFactor(tx, user.id)) ? null : await openSession(tx, user.id, requestDevice(ctx));
    return { user, session };
  });
  if (session) {
    ctx.session.set(session.token, session.expiresAt);
    ctx.signIn({ userId: user.id, sessionId: session.sessionId }); // the payload is read as them
  } else if (ctx.actor) {
    ctx.session.clear();
    ctx.signOut();
  }
  ctx.log.info({ userId: user.id }, 'password reset; every session ended');
  return user;
}
