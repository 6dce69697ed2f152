import type { EntityManager } from 'typeorm';
import { tooManyRequests } from '@manager/api-core';

/**
 * Limits "Forgot password?" emails: per email address (nobody floods one inbox) and per IP
 * (nobody sprays the form); rows are `PasswordResetRequest`s. Every request counts, for an existing account or not, so the throttle
 * answers the same either way and tells nothing about who has an account.
 */
export const PASSWORD_RESET_THROTTLE = {
  windowSeconds: 60 * 60,
  maxPerEmail: 3,
  maxPerIp: 20,
} as const;

/**
 * Counts and records one request inside the caller's transaction, or throws TOO_MANY_REQUESTS.
 * Concurrency-safe: advisory locks on the email and on the IP (always in that order, so two
 * requests never wait on each other in a circle) serialize the requests that share either, and
 * each one counts the rows of those committed before it. The locks live in PostgreSQL, so several
 * API processes share them; they are released when the transaction ends.
 */
export async function recordPasswordResetRequest(tx: EntityManager, email: string, ip: string): Promise<void> {
  await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`password_reset_request.email:${email}`]);
  await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`password_reset_request.ip:${ip}`]);
  // statement_timestamp(), not now(): the transaction may have waited long for its locks.
  const [row]: { email_wait: string | null; ip_wait: string | null }[] = await tx.query(
    `WITH by_email AS (
       SELECT created_at FROM password_reset_request
       WHERE email = $1 AND created_at > statement_timestamp() - make_interval(secs => $3)
       ORDER BY created_at DESC LIMIT $4
     ),
     by_ip AS (
       SELECT created_at FROM password_reset_request
       WHERE ip = $2 AND created_at > statement_timestamp() - make_interval(secs => $3)
       ORDER BY created_at DESC LIMIT $5
     )
     SELECT
       CASE WHEN (SELECT count(*) FROM by_email) >= $4
         THEN ceil(extract(epoch FROM (SELECT min(created_at) FROM by_email) + make_interval(secs => $3) - statement_timestamp())) END AS email_wait,
       CASE WHEN (SELECT count(*) FROM by_ip) >= $5
         THEN ceil(extract(epoch FROM (SELECT min(created_at) FROM by_ip) + make_interval(secs => $3) - statement_timestamp())) END AS ip_wait`,
    [email, ip, PASSWORD_RESET_THROTTLE.windowSeconds, PASSWORD_RESET_THROTTLE.maxPerEmail, PASSWORD_RESET_THROTTLE.maxPerIp],
  );
  const wait = Math.max(Number(row?.email_wait ?? 0), Number(row?.ip_wait ?? 0));
  if (wait > 0) throw tooManyRequests(Math.max(1, Math.ceil(wait)));
  // Dated by the statement too, so that the next request in line counts this one.
  await tx.query(`INSERT INTO password_reset_request (email, ip, created_at) VALUES ($1, $2, statement_timestamp())`, [email, ip]);
}
