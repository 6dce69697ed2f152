import { createHmac, timingSafeEqual } from 'node:crypto';
import { configureTokenRate } from '../usage/rate-limit';

/**
 * The server's key for token hashes (TOKEN_HMAC_KEY, see the app's config), set once at start
 * like the VAT verifier is. Kept out of the database: a copy of the tables opens no token.
 */
let hmacKey: Buffer | null = null;

/** At start: the hash key (TOKEN_HMAC_KEY) and the rate (TOKEN_RATE_POINTS_PER_MINUTE). */
export function configureApiTokens(options: { hmacKey: Buffer; pointsPerMinute?: number }): void {
  hmacKey = options.hmacKey;
  configureTokenRate(options.pointsPerMinute ?? 1_000);
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
