import { badUserInput, translateErrorArgument } from '@manager/api-core';
import { checkPassword, LANGUAGES, loadPasswordAdvice, loadPasswordEstimator, passwordAdviceIn, type PasswordOwner } from '@manager/domain';

// The estimator's warning inside "This password is too easy to guess: {warning} …" is English
// (the key): it is given in the caller's language where the error is answered.
translateErrorArgument('warning', passwordAdviceIn);

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
  if (verdict.acceptable) return;
  // The advice of every language, for whoever reads the refusal (the packages are already in
  // memory: the estimator's dictionaries come with them).
  if (verdict.problem?.code === 'GUESSABLE') await Promise.all(LANGUAGES.map(loadPasswordAdvice));
  throw badUserInput(field, verdict.message ?? 'Choose a stronger password.');
}
