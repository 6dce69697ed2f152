import { badUserInput, type RequestContext } from '@manager/api-core';
import { reserveAttempt } from './attempt-throttle';
import { verifyUserPassword } from './password-hasher';

/**
 * Password confirmations of signed-in people: the second factor of irreversible or sensitive
 * actions. Throttled per user like sign-in is per email, so that a stolen session cannot be used
 * to guess the password behind it (and from there every other session).
 */
export const PASSWORD_CONFIRMATION_THROTTLE = {
  windowSeconds: 15 * 60,
  maxFailuresPerUser: 5,
} as const;

export const WRONG_CONFIRMATION_PASSWORD = 'Incorrect password: enter the password you log in with to confirm.';

/**
 * Confirms that `password` is the current password of `userId`, or throws: BAD_USER_INPUT on the
 * `field` (default `password`) for a wrong one, TOO_MANY_REQUESTS with `retryAfterSeconds` once
 * the user has used up their failures in the window (then even the right password is refused,
 * unchecked). A right password forgets the failures before it.
 *
 * Every action that asks for the password goes through this one function (ending a partnership,
 * changing the password, creating an API token…), never through `verifyUserPassword` directly.
 *
 * Call it BEFORE opening the mutation's transaction. It records the attempt in a short
 * transaction of its own, so the count survives the mutation failing; called inside another
 * transaction it would hold a second pooled connection while the first waits, which concurrent
 * requests can turn into a pool-wide stall.
 *
 * @example
 * await confirmPassword(ctx, actorUserId(ctx), input.password);
 * return inTransaction(ctx, async (txc) => { ... });
 *
 * @example
 * await confirmPassword(ctx, userId, input.currentPassword, { field: 'currentPassword' });
 */
export async function confirmPassword(
  ctx: Pick<RequestContext, 'dataSource'>,
  userId: string,
  password: string,
  options: { field?: string } = {},
): Promise<void> {
  const attemptId = await reserveAttempt(
    ctx.dataSource,
    [
      {
        key: { table: 'password_confirmation_attempt', column: 'user_id' },
        value: userId,
        max: PASSWORD_CONFIRMATION_THROTTLE.maxFailuresPerUser,
        resetBySuccess: true,
      },
    ],
    PASSWORD_CONFIRMATION_THROTTLE.windowSeconds,
    async (tx) => {
      const [row]: { id: string }[] = await tx.query(
        `INSERT INTO password_confirmation_attempt (user_id, succeeded, created_at) VALUES ($1, false, statement_timestamp()) RETURNING id`,
        [userId],
      );
      return row.id;
    },
  );
  if (!(await verifyUserPassword(ctx.dataSource.manager, userId, password))) {
    throw badUserInput(options.field ?? 'password', WRONG_CONFIRMATION_PASSWORD);
  }
  await ctx.dataSource.query(`UPDATE password_confirmation_attempt SET succeeded = true WHERE id = $1`, [attemptId]);
}
