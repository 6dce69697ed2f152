import { badUserInput, type RequestContext } from '@manager/api-core';
import { verifyUserPassword } from '../password-hasher';

export const WRONG_CURRENT_PASSWORD = 'This is not your current password.';

/**
 * The one place where changing a password confirms the current one (field `currentPassword`).
 * Runs before, and outside, the change's transaction.
 *
 * TODO(lead): once branch `throttles` is merged, the body becomes the shared, throttled
 * `await confirmPassword(ctx, userId, password, { field: 'currentPassword' });`
 * (`password-confirmation.ts`). Until then this check is not throttled beyond what argon2 costs.
 */
export async function confirmCurrentPassword(ctx: RequestContext, userId: string, password: string): Promise<void> {
  if (!(await verifyUserPassword(ctx.dataSource.manager, userId, password))) throw badUserInput('currentPassword', WRONG_CURRENT_PASSWORD);
}
