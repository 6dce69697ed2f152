import type { EntityManager } from 'typeorm';
import { tooManyRequests } from '@manager/api-core';

/**
 * Slows down mass account creation: at most `maxPerIp` sign-ups from one IP address within the
 * window. Counted from the terms acceptances that sign-ups store with their IP, so there is no
 * extra table; an office behind one address still signs up a handful of people an hour.
 */
export const SIGN_UP_THROTTLE = { windowSeconds: 60 * 60, maxPerIp: 10 } as const;

export async function assertSignUpAllowed(manager: EntityManager, ip: string): Promise<void> {
  const [row]: { count: number; wait: number | null }[] = await manager.query(
    `WITH recent AS (
       SELECT accepted_at FROM terms_acceptance
       WHERE context = 'SIGN_UP' AND ip = $1 AND accepted_at > now() - make_interval(secs => $2)
       ORDER BY accepted_at DESC LIMIT $3
     )
     SELECT count(*)::int AS count,
            ceil(extract(epoch FROM min(accepted_at) + make_interval(secs => $2) - now()))::int AS wait
     FROM recent`,
    [ip, SIGN_UP_THROTTLE.windowSeconds, SIGN_UP_THROTTLE.maxPerIp],
  );
  if (row && row.count >= SIGN_UP_THROTTLE.maxPerIp) throw tooManyRequests(Math.max(1, Number(row.wait ?? 1)));
}
