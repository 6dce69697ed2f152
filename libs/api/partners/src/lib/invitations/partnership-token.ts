import { createHash, randomBytes } from 'node:crypto';
import { PARTNERSHIP_INVITATION_TTL_DAYS } from '@manager/domain';

/** How long an invitation (or a partner's request) waits for an answer, in seconds. */
export const INVITATION_TTL_SECONDS = PARTNERSHIP_INVITATION_TTL_DAYS * 24 * 60 * 60;
/** The least time between two emails of the same invitation. */
export const INVITATION_RESEND_INTERVAL_S = 60;

/** 256 random bits, base64url: what goes in the link. Only its SHA-256 is stored. */
export function newPartnershipToken(): { token: string; tokenHash: Buffer } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashPartnershipToken(token) };
}

export function hashPartnershipToken(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}
