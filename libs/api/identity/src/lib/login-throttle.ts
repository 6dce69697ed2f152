import type { DataSource, EntityManager } from 'typeorm';
import { reserveAttempt } from './attempt-throttle';

/**
 * Throttles password guessing at sign-in. Within a sliding window, failures since the last success
 * are counted per email (someone guessing one account) and per IP (someone spraying many accounts).
 * Past the limit, sign-in is refused with the seconds left until the oldest counted failure leaves
 * the window. Each attempt is reserved before its password is checked (see `reserveAttempt`), so
 * the limits hold however many attempts arrive at once.
 */
export const LOGIN_THROTTLE = {
  windowSeconds: 15 * 60,
  maxFailuresPerEmail: 5,
  maxFailuresPerIp: 30,
} as const;

/**
 * Reserves a sign-in attempt, counted as a failure until `markLoginSucceeded`; throws
 * TOO_MANY_REQUESTS when the email or the IP has no attempt left. Returns the attempt's id.
 */
export function reserveLoginAttempt(dataSource: DataSource, email: string, ip: string): Promise<string> {
  return reserveAttempt(
    dataSource,
    // Email before IP, always (see reserveAttempt).
    [
      { key: { table: 'login_attempt', column: 'email' }, value: email, max: LOGIN_THROTTLE.maxFailuresPerEmail, resetBySuccess: true },
      { key: { table: 'login_attempt', column: 'ip' }, value: ip, max: LOGIN_THROTTLE.maxFailuresPerIp, resetBySuccess: false },
    ],
    LOGIN_THROTTLE.windowSeconds,
    async (tx) => {
      const [row]: { id: string }[] = await tx.query(
        `INSERT INTO login_attempt (email, ip, succeeded, created_at) VALUES ($1, $2, false, statement_timestamp()) RETURNING id`,
        [email, ip],
      );
      return row.id;
    },
  );
}

/** The reserved attempt had the right password: it no longer counts, and the email's count restarts. */
export async function markLoginSucceeded(tx: EntityManager, attemptId: string): Promise<void> {
  await tx.query(`UPDATE login_attempt SET succeeded = true WHERE id = $1`, [attemptId]);
}
