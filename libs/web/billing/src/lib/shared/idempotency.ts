/**
 * A fresh idempotency key (the API takes 8..100 characters). A dialog creates one when it opens
 * and sends it with every attempt, so a double click or a retry after a lost answer is the same
 * order, never a second charge.
 */
export function newIdempotencyKey(): string {
  const cryptoApi = globalThis.crypto;
  if (cryptoApi && typeof cryptoApi.randomUUID === 'function') return cryptoApi.randomUUID();
  // Older browsers: 128 random bits from getRandomValues.
  const bytes = new Uint8Array(16);
  cryptoApi.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
