import type { DataSource, EntityManager } from 'typeorm';
import { tooManyRequests } from '@manager/api-core';

/**
 * The one mechanism behind every password throttle (sign-in, password confirmations) and the
 * second factors' (authenticator codes, recovery codes).
 *
 * An attempt is *reserved* before its password is checked: in a short transaction of its own,
 * under a PostgreSQL advisory lock per counted key (the email, the IP, the user), the failures in
 * the window are counted and, if there is room, a row is inserted as a failure. Only then does
 * argon2 run, outside any lock and transaction; a right password turns its row into a success.
 * Concurrent attempts on one key therefore queue for a few milliseconds each and every one sees
 * the rows of those before it: however many arrive at once, at most `max` passwords are checked.
 * The lock lives in the database, so several API processes share it; a crash between the
 * reservation and the check leaves a failure behind, which fails closed.
 */

/** The tables and key columns attempts are counted by (a closed list: they are spliced into SQL). */
export type AttemptKey =
  | { table: 'login_attempt'; column: 'email' | 'ip' }
  | { table: 'password_confirmation_attempt'; column: 'user_id' }
  | { table: 'second_factor_attempt'; column: 'user_id' };

export interface AttemptLimit {
  key: AttemptKey;
  value: string;
  /** Failures allowed within the window; the next attempt is refused before any password check. */
  max: number;
  /** Whether a success forgets the failures before it (per account: yes; per IP: no). */
  resetBySuccess: boolean;
}

/**
 * Reserves one attempt under `limits` (locked in the order given: every caller must list its keys
 * in the same order, so that two reservations never wait on each other in a circle). Throws
 * TOO_MANY_REQUESTS with the seconds until the oldest counted failure leaves the window, else
 * runs `insert` (which writes the attempt as a failure, dated `statement_timestamp()`) in the same
 * transaction and returns its id.
 */
export async function reserveAttempt(
  dataSource: DataSource,
  limits: readonly AttemptLimit[],
  windowSeconds: number,
  insert: (tx: EntityManager) => Promise<string>,
): Promise<string> {
  return dataSource.transaction(async (tx) => {
    for (const limit of limits) {
      await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`${limit.key.table}.${limit.key.column}:${limit.value}`]);
    }
    let wait = 0;
    for (const limit of limits) wait = Math.max(wait, await secondsUntilAllowed(tx, limit, windowSeconds));
    if (wait > 0) throw tooManyRequests(wait);
    return insert(tx);
  });
}

/**
 * 0 when one more attempt fits in the window, else the whole seconds to wait. Measured from
 * `statement_timestamp()`, not `now()`: the transaction may have started well before its lock
 * was granted.
 */
async function secondsUntilAllowed(tx: EntityManager, limit: AttemptLimit, windowSeconds: number): Promise<number> {
  const { table, column } = limit.key;
  const sinceLastSuccess = limit.resetBySuccess
    ? `AND created_at > coalesce((SELECT max(created_at) FROM ${table} WHERE ${column} = $1 AND succeeded), '-infinity')`
    : '';
  const [row]: { wait: string | null }[] = await tx.query(
    `WITH counted AS (
       SELECT created_at FROM ${table}
       WHERE ${column} = $1 AND NOT succeeded AND created_at > statement_timestamp() - make_interval(secs => $2) ${sinceLastSuccess}
       ORDER BY created_at DESC LIMIT $3
     )
     SELECT CASE WHEN count(*) >= $3
       THEN ceil(extract(epoch FROM min(created_at) + make_interval(secs => $2) - statement_timestamp())) END AS wait
     FROM counted`,
    [limit.value, windowSeconds, limit.max],
  );
  return row?.wait == null ? 0 : Math.max(1, Number(row.wait));
}
