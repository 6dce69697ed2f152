import { randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { unauthenticated, returningRows } from '@manager/api-core';
import { hashToken } from '../session.service';

/** How long the second step of a sign-in may wait for its factor. */
export const PENDING_SIGN_IN_TTL_SECONDS = 5 * 60;

export const PENDING_EXPIRED = 'This sign-in has expired: log in again with your password.';

/** Starts the second step: 256 random bits for the browser, only their SHA-256 stored. */
export async function createPendingSignIn(tx: EntityManager, userId: string): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + PENDING_SIGN_IN_TTL_SECONDS * 1000);
  await tx.query(`DELETE FROM pending_sign_in WHERE user_id = $1 AND (used_at IS NOT NULL OR expires_at < now())`, [userId]);
  await tx.query(`INSERT INTO pending_sign_in (user_id, token_hash, expires_at) VALUES ($1, $2, $3)`, [userId, hashToken(token), expiresAt]);
  return { token, expiresAt };
}

/** The person a live pending sign-in is for; UNAUTHENTICATED when it is unknown, used or expired. */
export async function pendingSignInUser(db: Pick<EntityManager, 'query'>, token: string): Promise<string> {
  const rows: { user_id: string }[] = await db.query(
    `SELECT user_id FROM pending_sign_in WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now()`,
    [hashToken(token)],
  );
  if (!rows[0]) throw unauthenticated(PENDING_EXPIRED);
  return rows[0].user_id;
}

/** Uses it up, once: of two completions racing, one wins and the other is told to log in again. */
export async function consumePendingSignIn(tx: EntityManager, token: string, userId: string): Promise<void> {
  const rows = await returningRows(
    tx,
    `UPDATE pending_sign_in SET used_at = now() WHERE token_hash = $1 AND user_id = $2 AND used_at IS NULL AND expires_at > now() RETURNING id`,
    [hashToken(token), userId],
  );
  if (!rows.length) throw unauthenticated(PENDING_EXPIRED);
}
