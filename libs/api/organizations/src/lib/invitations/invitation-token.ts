import { createHash, randomBytes } from 'node:crypto';

/** How long an invitation link works. */
export const INVITATION_TTL_MS = 14 * 24 * 60 * 60 * 1000;
/** The least time between two emails of the same invitation. */
export const INVITATION_RESEND_INTERVAL_S = 60;

/** 256 random bits, base64url: what goes in the link. Only its hash is stored. */
export function newInvitationToken(): { token: string; tokenHash: Buffer } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashInvitationToken(token) };
}

export function hashInvitationToken(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}
