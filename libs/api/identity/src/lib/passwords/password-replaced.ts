import type { EntityManager } from 'typeorm';
import { enqueueEmail } from '@manager/api-core';
import type { User } from '../user.entity';
import { passwordChangedEmail } from './password-emails';
import { forgotPasswordUrl } from './password-reset-token';
import { recipientLanguage } from '../emails/email-page';

/**
 * What follows a new password, whether set from a reset link or changed while signed in, inside
 * the same transaction: outstanding reset links stop working, every session of the account ends
 * but `keepSessionId` (the browser that changed it; none for a reset), and the owner is emailed,
 * so that someone who did not do it learns of it and has a way back in.
 */
export async function settleReplacedPassword(
  tx: EntityManager,
  user: Pick<User, 'id' | 'email' | 'displayName' | 'language'>,
  options: { how: 'RESET' | 'CHANGE'; keepSessionId: string | null; publicUrl: string },
): Promise<void> {
  await tx.query(`DELETE FROM password_reset_token WHERE user_id = $1 AND used_at IS NULL`, [user.id]);
  await endSessions(tx, user.id, options.keepSessionId);
  await enqueueEmail(
    tx,
    passwordChangedEmail({
      to: user.email,
      name: user.displayName,
      at: new Date(),
      how: options.how,
      forgotPasswordLink: forgotPasswordUrl(options.publicUrl),
      language: recipientLanguage(user.language),
    }),
  );
}

/** Ends every live session of the account, but `keepSessionId` when given. */
export async function endSessions(tx: EntityManager, userId: string, keepSessionId: string | null): Promise<void> {
  await tx.query(
    `UPDATE session SET revoked_at = now()
     WHERE user_id = $1 AND revoked_at IS NULL AND ($2::uuid IS NULL OR id <> $2::uuid)`,
    [userId, keepSessionId],
  );
}
