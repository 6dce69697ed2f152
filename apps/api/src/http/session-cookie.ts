import type { CookieOptions, Request, Response } from 'express';
import type { SessionCookieWriter } from '@manager/api-core';

/**
 * The session cookie: HttpOnly (no script reads it) and SameSite=Lax (not sent on cross-site
 * subrequests). Behind HTTPS it is also Secure and takes the `__Host-` prefix, which browsers
 * only accept for a Secure, host-only cookie on path /.
 */
const PLAIN_NAME = 'session';
const SECURE_NAME = '__Host-session';

function cookieName(req: Request): string {
  return req.secure ? SECURE_NAME : PLAIN_NAME;
}

function options(req: Request): CookieOptions {
  return { httpOnly: true, sameSite: 'lax', secure: req.secure, path: '/' };
}

export function readSessionToken(req: Request): string | undefined {
  const cookies = (req as Request & { cookies?: Record<string, string> }).cookies ?? {};
  return cookies[cookieName(req)];
}

export function sessionCookieWriter(req: Request, res: Response): SessionCookieWriter {
  return {
    set(token, expiresAt) {
      res.cookie(cookieName(req), token, { ...options(req), expires: expiresAt });
    },
    clear() {
      res.clearCookie(cookieName(req), options(req));
    },
  };
}
