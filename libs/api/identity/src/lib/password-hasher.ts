import argon2 from 'argon2';

/**
 * argon2id with OWASP's minimum configuration (m = 19 MiB, t = 2, p = 1). The parameters travel
 * inside each hash, so raising them later only affects new hashes.
 */
const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, OPTIONS);
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/**
 * Verified against when the email is unknown, so that a wrong email takes as long as a wrong
 * password and timing tells nothing about which accounts exist.
 */
let decoyHash: Promise<string> | undefined;
export function decoyPasswordHash(): Promise<string> {
  decoyHash ??= hashPassword('decoy password that matches nothing');
  return decoyHash;
}

/**
 * Whether `password` is the user's current password. Unthrottled: only `confirmPassword` calls it
 * (which counts the attempt first); not exported from the library. An unknown user verifies
 * against the decoy, so the time taken says nothing.
 */
export async function verifyUserPassword(
  manager: { query(sql: string, parameters?: unknown[]): Promise<unknown> },
  userId: string,
  password: string,
): Promise<boolean> {
  const rows = (await manager.query(`SELECT password_hash FROM app_user WHERE id = $1`, [userId])) as { password_hash: string }[];
  const valid = await verifyPassword(rows[0]?.password_hash ?? (await decoyPasswordHash()), password);
  return Boolean(rows[0]) && valid;
}
