import type { Logger } from 'pino';
import type { VatVerificationStatus } from './vat-verifier';
import { vatVerifier } from './vat-verification.registry';

export interface StoredVatVerification {
  status: VatVerificationStatus;
  checkedAt: Date;
  registeredName: string | null;
}

/**
 * Asks VIES about a normalized VAT number (prefix included), or returns null when checks are off.
 * Called before the change's transaction opens: a slow VIES must not hold a connection and locks.
 */
export async function verifyVatNumber(normalized: string, log?: Logger): Promise<StoredVatVerification | null> {
  const verifier = vatVerifier();
  if (!verifier) return null;
  const result = await verifier.verify(normalized.slice(0, 2), normalized.slice(2));
  if (result.status === 'UNAVAILABLE') log?.warn({ vatNumber: normalized }, 'VIES unavailable; verification stored as UNAVAILABLE');
  return { status: result.status, checkedAt: new Date(), registeredName: result.registeredName ?? null };
}
