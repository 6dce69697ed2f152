import { isIPv4 } from 'node:net';
import type { NextFunction, Request, Response } from 'express';

/** 127.0.0.0/8, ::1, and IPv4 loopback written as IPv4-mapped IPv6 (`::ffff:127.0.0.1`). */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const plain = address.trim().replace(/^\[|\]$/g, '').replace(/^::ffff:/i, '');
  if (isIPv4(plain)) return plain.startsWith('127.');
  return plain === '::1' || plain === '0:0:0:0:0:0:0:1';
}

/** Every client address a request names for itself: X-Forwarded-For, X-Real-IP, Forwarded `for=`. */
function forwardedAddresses(req: Request): string[] {
  const header = (name: string) => [req.headers[name] ?? []].flat().join(',');
  const listed = [...header('x-forwarded-for').split(','), ...header('x-real-ip').split(',')];
  const forwarded = [...header('forwarded').matchAll(/for="?([^";,]+)"?/gi)].map((match) => match[1].replace(/:\d+$/, ''));
  return [...listed, ...forwarded].map((address) => address.trim()).filter(Boolean);
}

/**
 * True only for a request made on this machine: the TCP peer is a loopback address, and so is
 * every client address the request was forwarded for. So a proxy on this machine relaying
 * someone from elsewhere does not count as local (its X-Forwarded-For names them, trusted or
 * not), nor does a remote client writing `X-Forwarded-For: 127.0.0.1` (its socket is not
 * loopback). `req.ip` is checked too: with `trust proxy` it is the client the proxy vouches for.
 * A relay that names nobody (a plain TCP forward) cannot be told apart: do not put one in front
 * of a development server.
 */
export function isLoopbackRequest(req: Request): boolean {
  return isLoopbackAddress(req.socket?.remoteAddress) && isLoopbackAddress(req.ip ?? req.socket?.remoteAddress) && forwardedAddresses(req).every(isLoopbackAddress);
}

/** Answers 404 (the page does not exist for them) to anyone not on this machine. */
export function loopbackOnly(req: Request, res: Response, next: NextFunction): void {
  if (isLoopbackRequest(req)) next();
  else res.sendStatus(404);
}
