import { badUserInput, unauthenticated, type RequestContext, inTransaction } from '@manager/api-core';
import { hashPassword } from '../password-hasher';
import { User } from '../user.entity';
import { confirmPassword, WRONG_CONFIRMATION_PASSWORD } from '../password-confirmation';
import { assertPasswordAllowed } from './password-policy';
import { settleReplacedPassword } from './password-replaced';

/**
 * A signed-in person changes their password: the current one confirmed, the new one under the
 * policy. Every other session of the account ends (a thief signed in elsewhere is out), this one
 * stays; the owner is emailed; outstanding reset links stop working.
 */
export async function changePassword(ctx: RequestContext, currentPassword: string, newPassword: string): Promise<User> {
  const actor = ctx.actor;
  if (!actor?.sessionId) throw unauthenticated(); // a person's session, never an API token
  const user = await ctx.dataSource.manager.findOneBy(User, { id: actor.userId });
  if (!user) throw unauthenticated();
  const previousHash = user.passwordHash;
  // The one throttled confirmation, before the transaction so a wrong guess is counted.
  await confirmPassword(ctx, user.id, currentPassword, { field: 'currentPassword' });
  await assertPasswordAllowed('newPassword', newPassword, { email: user.email, name: user.displayName });
  const passwordHash = await hashPassword(newPassword);

  await inTransaction(ctx, async ({ tx }) => {
    // Only if nobody changed it since it was confirmed: the confirmation was of that password.
    const { affected } = await tx.update(User, { id: user.id, passwordHash: previousHash }, { passwordHash });
    if (!affected) throw badUserInput('currentPassword', WRONG_CONFIRMATION_PASSWORD);
    await settleReplacedPassword(tx, user, { how: 'CHANGE', keepSessionId: actor.sessionId, publicUrl: ctx.publicUrl });
  });
  ctx.log.info({ userId: user.id }, 'password changed; other sessions ended');
  user.passwordHash = passwordHash;
  return user;
}
