import { randomInt } from 'node:crypto';
import { API_TOKEN_PATTERN } from '@manager/domain';
import { BASE62, checksumOf, mintToken, parseToken, TOKEN_LENGTH } from './token-format';

describe('API token format', () => {
  it('mints tokens that parse back, match the scanner pattern and carry ≥ 160 bits of secret', () => {
    for (const kind of ['ORGANIZATION', 'PERSONAL'] as const) {
      const token = mintToken(kind);
      expect(token.text).toHaveLength(TOKEN_LENGTH);
      expect(token.text.startsWith(kind === 'ORGANIZATION' ? 'mgro_' : 'mgrp_')).toBe(true);
      expect(API_TOKEN_PATTERN.test(token.text)).toBe(true);
      expect(parseToken(token.text)).toEqual({ kind, publicId: token.publicId, secret: token.secret });
      expect(token.secret.length * Math.log2(62)).toBeGreaterThanOrEqual(160);
    }
  });

  it('refuses 100,000 random single-character changes of valid tokens: none passes the checksum', () => {
    const alphabet = `${BASE62}_-.+/=`;
    let changed = 0;
    let passed = 0;
    let token = mintToken('ORGANIZATION').text;
    for (let i = 0; i < 100_000; i++) {
      if (i % 1_000 === 0) token = mintToken(i % 2000 === 0 ? 'ORGANIZATION' : 'PERSONAL').text;
      const at = randomInt(token.length);
      let replacement = alphabet[randomInt(alphabet.length)];
      while (replacement === token[at]) replacement = alphabet[randomInt(alphabet.length)];
      const mutated = token.slice(0, at) + replacement + token.slice(at + 1);
      changed += 1;
      if (parseToken(mutated)) passed += 1;
    }
    expect(changed).toBe(100_000);
    expect(passed).toBe(0);
  });

  it('refuses wrong prefixes, lengths, characters and checksums before anything else', () => {
    const { text } = mintToken('PERSONAL');
    expect(parseToken(`mgrx_${text.slice(5)}`)).toBeNull();
    expect(parseToken(`ghp_${text.slice(4)}`)).toBeNull();
    expect(parseToken(text.slice(0, -1))).toBeNull();
    expect(parseToken(`${text}0`)).toBeNull();
    expect(parseToken(`${text.slice(0, 10)}é${text.slice(11)}`)).toBeNull();
    expect(parseToken('')).toBeNull();
    // The prefix is under the checksum: the same body as the other kind fails.
    expect(parseToken(`mgro_${text.slice(5)}`)).toBeNull();
  });

  it('spells every checksum in exactly six base62 digits', () => {
    expect(checksumOf('')).toHaveLength(6);
    expect(checksumOf('mgro_x')).toMatch(/^[0-9A-Za-z]{6}$/);
  });
});
