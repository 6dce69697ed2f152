import { returningRows } from '@manager/api-core';
import { randomInt } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { recoveryCodeHmac } from './secret-box';

/** Ten codes, shown once. */
export const RECOVERY_CODE_COUNT = 10;

/** No 0/O, 1/I/L: a code copied by hand is read back right. */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
/** 12 characters of 31: 59 bits each, stored as an HMAC under a key outside the database. */
const LENGTH = 12;

/** `ABCD-EFGH-JKMN`: groups of four for reading aloud. */
function newCode(): string {
  const chars = Array.from({ length: LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]);
  return [chars.slice(0, 4), chars.slice(4, 8), chars.slice(8)].map((group) => group.join('')).join('-');
}

/** What the person typed, as stored: upper case, without spaces or dashes. */
export function normalizeRecoveryCode(typed: string): string {
  return typed.replace(/[\s-]/g, '').toUpperCase();
}

/** Replaces every recovery code of the person with ten new ones (in the caller's transaction) and returns them, once. */
export async function replaceRecoveryCodes(tx: EntityManager, userId: string): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newCode);
  await tx.query(`DELETE FROM recovery_code WHERE user_id = $1`, [userId]);
  await tx.query(
    `INSERT INTO recovery_code (user_id, code_hmac) SELECT $1, unnest($2::bytea[])`,
    [userId, codes.map((code) => recoveryCodeHmac(normalizeRecoveryCode(code)))],
  );
  return codes;
}

/**
 * Spends one recovery code: a guarded UPDATE, so two requests with the same code cannot both
 * pass. Returns the codes left, or null when the code is unknown or already used.
 */
export async function spendRecoveryCode(tx: EntityManager, userId: string, typed: string): Promise<number | null> {
  const normalized = normalizeRecoveryCode(typed);
  if (normalized.length !== LENGTH) return null;
  const used = await returningRows(tx, 
    `UPDATE recovery_code SET used_at = now() WHERE user_id = $1 AND code_hmac = $2 AND used_at IS NULL RETURNING id`,
    [userId, recoveryCodeHmac(normalized)],
  );
  if (!used.length) return null;
  return recoveryCodesLeft(tx, userId);
}

export async function recoveryCodesLeft(db: Pick<EntityManager, 'query'>, userId: string): Promise<number> {
  const [row]: { left: number }[] = await db.query(`SELECT count(*)::int AS left FROM recovery_code WHERE user_id = $1 AND used_at IS NULL`, [userId]);
  return row.left;
}
