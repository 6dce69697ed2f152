import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The server's key for token hashes (TOKEN_HMAC_KEY, see the app's config), set once at start
 * like the VAT verifier is. Kept out of the database: a copy of the tables opens no token.
 */
let hmacKey: Buffer | null = null;

export function configureApiTokens(options: { hmacKey: Buffer }): void {
  hmacKey = options.hmacKey;
}

/** HMAC-SHA-256 of a token's secret part: the only form in which it is stored. */
export function secretHmac(secret: string): Buffer {
  if (!hmacKey) throw new Error('configureApiTokens({ hmacKey }) must run before API tokens are used');
  return createHmac('sha256', hmacKey).update(secret, 'utf8').digest();
}

/** Constant-time comparison of two HMACs (false for a missing one, without a shortcut on content). */
export function sameHmac(candidate: Buffer, stored: Buffer | null): boolean {
  return stored !== null && stored.length === candidate.length && timingSafeEqual(candidate, stored);
}
