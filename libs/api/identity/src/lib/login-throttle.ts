import type { EntityManager } from 'typeorm';
import { tooManyRequests } from '@manager/api-core';
import { LoginAttempt } from './login-attempt.entity';

/**
 * Throttles password guessing. Within a sliding window, failures since the last success are
 * counted per email (someone guessing one account) and per IP (someone spraying many accounts).
 * Past the limit, sign-in is refused with the seconds left until the oldest counted failure
 * leaves the window.
 */
export const LOGIN_THROTTLE = {
  windowSeconds: 15 * 60,
  maxFailuresPerEmail: 5,
  maxFailuresPerIp: 30,
} as const;

export async function assertLoginAllowed(manager: EntityManager, email: string, ip: string): Promise<void> {
  const [row]: { email_wait: number | null; ip_wait: number | null }[] = await manager.query(
    `WITH window_start AS (SELECT now() - make_interval(secs => $3) AS at),
     by_email AS (
       SELECT created_at FROM login_attempt
       WHERE email = $1 AND NOT succeeded AND created_at > (SELECT at FROM window_start)
         AND created_at > coalesce((SELECT max(created_at) FROM login_attempt WHERE email = $1 AND succeeded), '-infinity')
       ORDER BY created_at DESC LIMIT $4
     ),
     by_ip AS (
       SELECT created_at FROM login_attempt
       WHERE ip = $2 AND NOT succeeded AND created_at > (SELECT at FROM window_start)
       ORDER BY created_at DESC LIMIT $5
     )
     SELECT
       CASE WHEN (SELECT count(*) FROM by_email) >= $4
         THEN ceil(extract(epoch FROM (SELECT min(created_at) FROM by_email) + make_interval(secs => $3) - now())) END AS email_wait,
       CASE WHEN (SELECT count(*) FROM by_ip) >= $5
         THEN ceil(extract(epoch FROM (SELECT min(created_at) FROM by_ip) + make_interval(secs => $3) - now())) END AS ip_wait`,
    [email, ip, LOGIN_THROTTLE.windowSeconds, LOGIN_THROTTLE.maxFailuresPerEmail, LOGIN_THROTTLE.maxFailuresPerIp],
  );
  const wait = Math.max(Number(row?.email_wait ?? 0), Number(row?.ip_wait ?? 0));
  if (wait > 0) throw tooManyRequests(Math.ceil(wait));
}

export async function recordLoginAttempt(manager: EntityManager, email: string, ip: string, succeeded: boolean): Promise<void> {
  await manager.insert(LoginAttempt, { email, ip, succeeded });
}
