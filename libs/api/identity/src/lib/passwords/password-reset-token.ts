import { randomBytes } from 'node:crypto';
import { hashToken } from '../session.service';

/** How long a reset link works. */
export const PASSWORD_RESET_TTL_MINUTES = 30;

/** 256 random bits, base64url (43 characters): what goes in the link. Only its SHA-256 is stored. */
export function newPasswordResetToken(): { token: string; tokenHash: Buffer } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashToken(token) };
}

/**
 * The link of the email: the SPA's reset page with the token in the fragment. A fragment never
 * reaches a server (no access log, no proxy), and browsers leave it out of every Referer.
 */
export function passwordResetUrl(publicUrl: string, token: string): string {
  return `${publicUrl}/reset-password#token=${encodeURIComponent(token)}`;
}

export function forgotPasswordUrl(publicUrl: string): string {
  return `${publicUrl}/forgot-password`;
}
