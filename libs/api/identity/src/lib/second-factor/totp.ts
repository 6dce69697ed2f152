import { onFirstUse, returningRows } from '@manager/api-core';
import type { EntityManager } from 'typeorm';
import { decryptSecret, encryptSecret } from './secret-box';

/**
 * Authenticator apps (RFC 6238 through otplib): 30-second steps, six digits, SHA-1 (what every
 * app reads from a QR code). A code is accepted one step early or late (clock drift) and once:
 * the step it matched is stored, and a code of that step or an earlier one is a replay.
 */
export const TOTP_ISSUER = 'Manager';
const DRIFT_SECONDS = 30;

// Loaded by the first person who enrols or types a code, not by every API process at start-up.
const otp = onFirstUse(() => import('otplib'));
const qrcode = onFirstUse(() => import('qrcode'));

export interface TotpEnrolment {
  secret: string;
  uri: string;
  /** The QR code of `uri`, rendered here as SVG (no outside service sees the secret). */
  qrCodeSvg: string;
}

/** A new secret for the person (replacing an unconfirmed one), stored encrypted; confirmed by the first code. */
export async function beginTotp(tx: EntityManager, userId: string, label: string): Promise<TotpEnrolment> {
  const { generateSecret, generateURI } = await otp();
  const secret = generateSecret({ length: 20 });
  await tx.query(
    `INSERT INTO totp_secret (user_id, secret_encrypted) VALUES ($1, $2)
     ON CONFLICT (user_id) DO UPDATE SET secret_encrypted = EXCLUDED.secret_encrypted, confirmed_at = NULL, last_used_step = NULL, created_at = now()`,
    [userId, encryptSecret(secret)],
  );
  const uri = generateURI({ issuer: TOTP_ISSUER, label, secret });
  return { secret, uri, qrCodeSvg: await (await qrcode()).toString(uri, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }) };
}

/**
 * Checks a code against the person's secret (`confirmed`: the enrolled one; else the one being
 * enrolled) and, when it matches, stores its step in the same guarded UPDATE that refuses a
 * replay: of two requests with one code, one wins. True when accepted.
 */
export async function acceptTotpCode(tx: EntityManager, userId: string, code: string, options: { confirmed: boolean }): Promise<boolean> {
  if (!/^\d{6}$/.test(code)) return false;
  const [row]: { secret_encrypted: Buffer }[] = await tx.query(
    `SELECT secret_encrypted FROM totp_secret WHERE user_id = $1 AND (confirmed_at IS NOT NULL) = $2`,
    [userId, options.confirmed],
  );
  if (!row) return false;
  const result = await (await otp()).verify({ secret: decryptSecret(row.secret_encrypted), token: code, epochTolerance: DRIFT_SECONDS });
  // The functional API types TOTP and HOTP results together; a TOTP match carries its time step.
  const step = result.valid ? (result as { timeStep?: number }).timeStep : undefined;
  if (step === undefined) return false;
  const accepted = await returningRows(tx, 
    `UPDATE totp_secret SET last_used_step = $2, confirmed_at = coalesce(confirmed_at, now())
     WHERE user_id = $1 AND (last_used_step IS NULL OR last_used_step < $2) RETURNING user_id`,
    [userId, step],
  );
  return accepted.length > 0;
}

export async function hasConfirmedTotp(db: Pick<EntityManager, 'query'>, userId: string): Promise<boolean> {
  const rows: unknown[] = await db.query(`SELECT 1 FROM totp_secret WHERE user_id = $1 AND confirmed_at IS NOT NULL`, [userId]);
  return rows.length > 0;
}

