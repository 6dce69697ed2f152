import { badUserInput } from '@manager/api-core';
import { checkPassword, loadPasswordEstimator, type PasswordOwner } from '@manager/domain';

/**
 * Applies the password policy (`@manager/domain`) wherever a password is set: sign-up, an
 * invitation that creates the account, a reset, a change. Throws BAD_USER_INPUT on `field` (the
 * input's name for it: `password`, `newPassword`, or a dotted path) with the policy's sentence.
 * Never applied at sign-in: older passwords keep working until their owner changes them.
 *
 * The dictionaries are built on the first call and kept for the life of the process.
 *
 * @example
 * await assertPasswordAllowed('newPassword', input.newPassword, { email: user.email, name: user.displayName });
 */
export async function assertPasswordAllowed(field: string, password: string, owner: PasswordOwner): Promise<void> {
  const verdict = checkPassword(password, owner, await loadPasswordEstimator());
  if (!verdict.acceptable) throw badUserInput(field, verdict.message ?? 'Choose a stronger password.');
}
