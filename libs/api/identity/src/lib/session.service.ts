import { createHash, randomBytes } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { type Actor, sqlRead } from '@manager/api-core';
import { Session } from './session.entity';

/** How long a session lives without signing in again. */
export const SESSION_TTL_MS = 14 * 24 * 60 * 60 * 1000;

export function hashToken(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}

/**
 * Opens a session and returns the token for the cookie: 256 random bits, only the hash stored.
 * The caller sets the cookie with `ctx.session.set(token, expiresAt)` once its transaction commits.
 */
export async function openSession(
  manager: EntityManager,
  userId: string,
): Promise<{ token: string; expiresAt: Date; sessionId: string }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + SESSION_TTL_MS);
  const { identifiers } = await manager.insert(Session, { userId, tokenHash: hashToken(token), expiresAt, revokedAt: null });
  return { token, expiresAt, sessionId: identifiers[0]['id'] as string };
}

/**
 * The actor behind a cookie token, or null when it is unknown, expired or revoked. One statement,
 * named (prepared once per pooled connection): every signed-in request starts with it.
 */
export async function resolveSession(dataSource: DataSource, token: string | undefined): Promise<Actor | null> {
  if (!token || token.length > 100) return null;
  const [actor] = await sqlRead(
    dataSource,
    {
      name: 'identity.session',
      text: `SELECT id, user_id FROM session WHERE token_hash = $1 AND revoked_at IS NULL AND expires_at > now()`,
      values: [hashToken(token)],
    },
    (row: { id: string; user_id: string }): Actor => ({ sessionId: row.id, userId: row.user_id }),
  );
  return actor ?? null;
}

export async function revokeSession(manager: EntityManager, sessionId: string): Promise<void> {
  await manager.update(Session, { id: sessionId }, { revokedAt: () => 'now()' });
}
