import { randomInt } from 'node:crypto';
import { crc32 } from 'node:zlib';
import { API_TOKEN_PREFIXES, type ApiTokenKind } from '@manager/domain';

/**
 * The token text: `mgro_` (organization) or `mgrp_` (personal), a 16-character public id, a
 * 32-character secret and a 6-character checksum, all base62 (`[0-9A-Za-z]`, so a double-click
 * selects the whole token and no URL or shell needs quoting):
 *
 *   mgro_ 3kF9aQ2xLm0PqR7s  Vw8…(32)…Zt  0aB9cD
 *         public id (95 bits) secret (190 bits, more than the 160 asked) CRC32 of all before it
 *
 * The public id finds the row (it is stored in clear, unique); the secret is only ever compared
 * as HMAC-SHA-256 under the server's key. The checksum lets anyone (a secret scanner, our own
 * endpoint) tell a real-looking token from a typo or a fake without a database: CRC32 detects
 * every change of one character, and the prefix is covered, so an organization token edited into
 * a personal one fails too. Scanners match `API_TOKEN_PATTERN` (`@manager/domain`).
 */
export const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
export const PUBLIC_ID_LENGTH = 16;
export const SECRET_LENGTH = 32;
export const CHECKSUM_LENGTH = 6;
export const TOKEN_LENGTH = 5 + PUBLIC_ID_LENGTH + SECRET_LENGTH + CHECKSUM_LENGTH;

const KIND_BY_PREFIX = new Map(Object.entries(API_TOKEN_PREFIXES).map(([kind, prefix]) => [prefix, kind as ApiTokenKind]));
const BODY = new RegExp(`^[${BASE62}]{${PUBLIC_ID_LENGTH + SECRET_LENGTH + CHECKSUM_LENGTH}}$`);

/** Uniform base62 characters from the CSPRNG (`randomInt` rejects the biased tail itself). */
function randomBase62(length: number): string {
  let text = '';
  for (let i = 0; i < length; i++) text += BASE62[randomInt(62)];
  return text;
}

/** CRC32 as exactly six base62 digits (62^6 > 2^32, so every value has one spelling). */
export function checksumOf(text: string): string {
  let value = crc32(text);
  let digits = '';
  for (let i = 0; i < CHECKSUM_LENGTH; i++) {
    digits = BASE62[value % 62] + digits;
    value = Math.floor(value / 62);
  }
  return digits;
}

export interface ParsedToken {
  kind: ApiTokenKind;
  publicId: string;
  secret: string;
}

export interface MintedToken extends ParsedToken {
  /** The whole token, shown once. */
  text: string;
}

/** A new token of `kind` (its public id is random too; the database's unique index settles the 1 in 62^16 clash). */
export function mintToken(kind: ApiTokenKind, publicId = randomBase62(PUBLIC_ID_LENGTH)): MintedToken {
  const secret = randomBase62(SECRET_LENGTH);
  const head = `${API_TOKEN_PREFIXES[kind]}${publicId}${secret}`;
  return { kind, publicId, secret, text: `${head}${checksumOf(head)}` };
}

/**
 * The parts of a well-formed token whose checksum holds, else null: decided on the text alone,
 * before any database access, so garbage costs nothing and says nothing.
 */
export function parseToken(text: string): ParsedToken | null {
  if (text.length !== TOKEN_LENGTH) return null;
  const kind = KIND_BY_PREFIX.get(text.slice(0, 5));
  const body = text.slice(5);
  if (!kind || !BODY.test(body)) return null;
  const head = text.slice(0, TOKEN_LENGTH - CHECKSUM_LENGTH);
  if (checksumOf(head) !== text.slice(TOKEN_LENGTH - CHECKSUM_LENGTH)) return null;
  return { kind, publicId: body.slice(0, PUBLIC_ID_LENGTH), secret: body.slice(PUBLIC_ID_LENGTH, PUBLIC_ID_LENGTH + SECRET_LENGTH) };
}

/** What lists show to recognize a token: its prefix and public id, never any of the secret. */
export function displayPrefix(kind: ApiTokenKind, publicId: string): string {
  return `${API_TOKEN_PREFIXES[kind]}${publicId}…`;
}
