import type { EntityManager } from 'typeorm';
import { tooManyRequests } from '@manager/api-core';

/**
 * Slows down mass account creation: at most `maxPerIp` sign-ups from one IP address within the
 * window. Counted from the terms acceptances that sign-ups store with their IP, so there is no
 * extra table; an office behind one address still signs up a handful of people an hour.
 *
 * Checked twice: early, so a refused sign-up costs no argon2 hash and no VIES call, and again
 * inside the sign-up's transaction under a per-IP advisory lock (`holdSignUpSlot`), so that
 * concurrent sign-ups from one address queue and each one counts those committed before it.
 */
export const SIGN_UP_THROTTLE = { windowSeconds: 60 * 60, maxPerIp: 10 } as const;

export async function assertSignUpAllowed(manager: EntityManager, ip: string): Promise<void> {
  const [row]: { count: number; wait: number | null }[] = await manager.query(
    `WITH recent AS (
       SELECT accepted_at FROM terms_acceptance
       WHERE context = 'SIGN_UP' AND ip = $1 AND accepted_at > statement_timestamp() - make_interval(secs => $2)
       ORDER BY accepted_at DESC LIMIT $3
     )
     SELECT count(*)::int AS count,
            ceil(extract(epoch FROM min(accepted_at) + make_interval(secs => $2) - statement_timestamp()))::int AS wait
     FROM recent`,
    [ip, SIGN_UP_THROTTLE.windowSeconds, SIGN_UP_THROTTLE.maxPerIp],
  );
  if (row && row.count >= SIGN_UP_THROTTLE.maxPerIp) throw tooManyRequests(Math.max(1, Number(row.wait ?? 1)));
}

/**
 * Inside the sign-up transaction, before anything is written: serializes the sign-ups of one IP
 * until this transaction ends (its terms acceptance is what the next one counts), then checks the
 * limit again.
 */
export async function holdSignUpSlot(tx: EntityManager, ip: string): Promise<void> {
  await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`sign-up.ip:${ip}`]);
  await assertSignUpAllowed(tx, ip);
}
