import type { DataSource } from 'typeorm';
import { reserveAttempt } from '../attempt-throttle';

/**
 * Throttles second-factor guessing (authenticator codes, recovery codes) per person, like
 * passwords: a six-digit code falls to a million guesses, so five wrong ones in 15 minutes and
 * the next is refused unchecked. Reserved before the code is checked (see `reserveAttempt`), so
 * that the limit holds however many guesses arrive at once.
 */
export const SECOND_FACTOR_THROTTLE = {
  windowSeconds: 15 * 60,
  maxFailuresPerUser: 5,
} as const;

export function reserveSecondFactorAttempt(dataSource: DataSource, userId: string): Promise<string> {
  return reserveAttempt(
    dataSource,
    [{ key: { table: 'second_factor_attempt', column: 'user_id' }, value: userId, max: SECOND_FACTOR_THROTTLE.maxFailuresPerUser, resetBySuccess: true }],
    SECOND_FACTOR_THROTTLE.windowSeconds,
    async (tx) => {
      const [row]: { id: string }[] = await tx.query(
        `INSERT INTO second_factor_attempt (user_id, succeeded, created_at) VALUES ($1, false, statement_timestamp()) RETURNING id`,
        [userId],
      );
      return row.id;
    },
  );
}

/** The reserved attempt had the right code: it no longer counts. */
export async function markSecondFactorSucceeded(db: Pick<DataSource, 'query'>, attemptId: string): Promise<void> {
  await db.query(`UPDATE second_factor_attempt SET succeeded = true WHERE id = $1`, [attemptId]);
}
