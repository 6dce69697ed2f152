import type { VatVerifier } from './vat-verifier';

/**
 * The verifier this process uses, set once at start from the configuration (`VIES_URL`); null
 * means VIES checks are off and no verification is stored. A module-level setting rather than a
 * request-context field because it never changes between requests; the API tests set it through
 * `startTestServer({ VIES_URL })`.
 */
let current: VatVerifier | null = null;

export function setVatVerifier(verifier: VatVerifier | null): void {
  current = verifier;
}

export function vatVerifier(): VatVerifier | null {
  return current;
}
