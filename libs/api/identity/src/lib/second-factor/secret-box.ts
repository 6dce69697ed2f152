import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

/**
 * The keys of the second factors, derived (HKDF-SHA-256) from the one secret the process gets
 * from its environment (TOKEN_HMAC_KEY), so that a copy of the database alone decrypts no
 * authenticator-app secret and tests no recovery code. Each use has its own derived key.
 */
let encryptionKey: Buffer | null = null;
let codeKey: Buffer | null = null;

export function configureSecondFactors(options: { secretKey: Buffer }): void {
  encryptionKey = Buffer.from(hkdfSync('sha256', options.secretKey, Buffer.alloc(0), 'manager totp secrets v1', 32));
  codeKey = Buffer.from(hkdfSync('sha256', options.secretKey, Buffer.alloc(0), 'manager recovery codes v1', 32));
}

function required(key: Buffer | null): Buffer {
  if (!key) throw new Error('configureSecondFactors({ secretKey }) must run before second factors are used');
  return key;
}

/** AES-256-GCM: 12-byte nonce, then the 16-byte tag, then the ciphertext. */
export function encryptSecret(plain: string): Buffer {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', required(encryptionKey), iv);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]);
}

export function decryptSecret(sealed: Buffer): string {
  const decipher = createDecipheriv('aes-256-gcm', required(encryptionKey), sealed.subarray(0, 12));
  decipher.setAuthTag(sealed.subarray(12, 28));
  return Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]).toString('utf8');
}

/** What a recovery code is stored as (the code normalized first: see `normalizeRecoveryCode`). */
export function recoveryCodeHmac(code: string): Buffer {
  return createHmac('sha256', required(codeKey)).update(code, 'utf8').digest();
}
