import { resolve } from 'node:path';
import { ConfigError, DEVELOPMENT_TOKEN_HMAC_KEY, loadConfig } from './config';

const KEY = Buffer.alloc(32, 7).toString('base64');

describe('loadConfig', () => {
  it('defaults to port 3000, the embedded database in .data/ and demo data', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3000, databaseUrl: null, dataDir: resolve('.data'), demoSeed: true, production: false });
  });

  it('listens on loopback only unless HOST says otherwise; in production (containers) on every interface', () => {
    expect(loadConfig({}).host).toBe('127.0.0.1');
    expect(loadConfig({ HOST: '' }).host).toBe('127.0.0.1');
    expect(loadConfig({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
    expect(loadConfig({ NODE_ENV: 'production', TOKEN_HMAC_KEY: KEY }).host).toBe('0.0.0.0');
    expect(loadConfig({ NODE_ENV: 'production', HOST: '10.0.0.5', TOKEN_HMAC_KEY: KEY }).host).toBe('10.0.0.5');
  });

  it('treats an empty DATABASE_URL as unset', () => {
    expect(loadConfig({ DATABASE_URL: '  ' }).databaseUrl).toBeNull();
  });

  it('lists every problem at once, in words a person can act on', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', DEMO_SEED: 'perhaps', LOG_LEVEL: 'loud' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toContain('PORT must be a whole number from 0 to 65535 (got "eighty")');
    expect(message).toContain('DATABASE_URL must be a postgres:// or postgresql:// URL');
    expect(message).toContain('DEMO_SEED must be true or false (got "perhaps")');
    expect(message).toContain('LOG_LEVEL must be one of');
  });

  it('turns VIES checks on only with a valid VIES_URL, with a bounded timeout', () => {
    expect(loadConfig({})).toMatchObject({ viesUrl: null, viesTimeoutMs: 3000 });
    expect(loadConfig({ VIES_URL: 'https://ec.europa.eu/taxation_customs/vies/rest-api/', VIES_TIMEOUT_MS: '500' })).toMatchObject({
      viesUrl: 'https://ec.europa.eu/taxation_customs/vies/rest-api',
      viesTimeoutMs: 500,
    });
    expect(() => loadConfig({ VIES_URL: 'ec.europa.eu/vies' })).toThrow('VIES_URL must be an http:// or https:// URL');
    expect(() => loadConfig({ VIES_TIMEOUT_MS: '10' })).toThrow('VIES_TIMEOUT_MS must be a whole number');
  });

  describe('TRUST_PROXY', () => {
    it('trusts no proxy by default, nor when off', () => {
      for (const off of [undefined, '', 'false', 'no', '0']) expect(loadConfig({ TRUST_PROXY: off }).trustProxy).toBe(false);
    });

    it('takes the number of proxies in front', () => {
      expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
      expect(loadConfig({ TRUST_PROXY: ' 2 ' }).trustProxy).toBe(2);
      expect(() => loadConfig({ TRUST_PROXY: '11' })).toThrow('TRUST_PROXY must be at most 10 proxies (got "11")');
    });

    it('takes a list of proxy addresses and ranges, IPv4 and IPv6, and Express\'s names', () => {
      expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, 192.168.1.7,fd00::/8,::1,loopback' }).trustProxy).toEqual([
        '10.0.0.0/8',
        '192.168.1.7',
        'fd00::/8',
        '::1',
        'loopback',
      ]);
    });

    it('names the entries it cannot read', () => {
      expect(() => loadConfig({ TRUST_PROXY: '10.0.0.0/33,proxy.local,1.2.3' })).toThrow(
        'TRUST_PROXY must be false, the number of proxies in front of the API (e.g. 1), or their addresses and ranges separated by commas (e.g. 10.0.0.0/8,192.168.1.7 or loopback) (cannot read "10.0.0.0/33", "proxy.local", "1.2.3")',
      );
      expect(() => loadConfig({ TRUST_PROXY: '::1/129' })).toThrow('cannot read "::1/129"');
    });

    it('refuses true, which would let every client choose its own IP address, and says what to set instead', () => {
      for (const value of ['true', 'yes']) {
        expect(() => loadConfig({ TRUST_PROXY: value })).toThrow(
          `TRUST_PROXY=${value} would let clients choose their own IP address; set the number of proxies in front of the API (e.g. 1)`,
        );
      }
    });
  });

  describe('TOKEN_HMAC_KEY', () => {
    it('is required in production, and says how to make one', () => {
      expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow('TOKEN_HMAC_KEY is required in production: at least 32 random bytes, base64 or hex');
    });

    it('reads base64 and hex, and refuses fewer than 32 bytes', () => {
      expect(loadConfig({ TOKEN_HMAC_KEY: KEY }).tokenHmacKey).toEqual(Buffer.alloc(32, 7));
      expect(loadConfig({ TOKEN_HMAC_KEY: 'ab'.repeat(32) }).tokenHmacKey).toEqual(Buffer.alloc(32, 0xab));
      expect(() => loadConfig({ TOKEN_HMAC_KEY: 'c2hvcnQ=' })).toThrow('TOKEN_HMAC_KEY must be at least 32 random bytes, base64 or hex (e.g. `openssl rand -base64 32`) (got 5 bytes)');
    });

    it('falls back to the fixed development key outside production', () => {
      expect(loadConfig({}).tokenHmacKey).toBe(DEVELOPMENT_TOKEN_HMAC_KEY);
    });
  });
});
