import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';

/**
 * Idempotency keys: a client sends one key per intended operation and may retry it safely. A
 * key is unique per acting user (two people may pick the same key); the fingerprint of the input
 * tells a retry (same input: the first result again, nothing charged twice) from a mistake
 * (another input: CONFLICT on `idempotencyKey`).
 */

/** SHA-256 of the canonical JSON of `input` (keys sorted at every level). */
export function fingerprint(input: Record<string, unknown>): string {
  return createHash('sha256').update(canonical(input)).digest('hex');
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/**
 * Serializes, until the end of the caller's transaction, every operation of one user with one
 * key: the second of two concurrent submissions waits, then finds the first one's result.
 */
export async function lockIdempotencyKey(tx: EntityManager, scope: string, userId: string, key: string): Promise<void> {
  await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`${scope}:${userId}:${key}`]);
}
