import { resolve } from 'node:path';
import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('defaults to port 3000, the embedded database in .data/ and demo data', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3000, databaseUrl: null, dataDir: resolve('.data'), demoSeed: true, production: false });
  });

  it('listens on loopback only unless HOST says otherwise; in production (containers) on every interface', () => {
    expect(loadConfig({}).host).toBe('127.0.0.1');
    expect(loadConfig({ HOST: '' }).host).toBe('127.0.0.1');
    expect(loadConfig({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
    expect(loadConfig({ NODE_ENV: 'production' }).host).toBe('0.0.0.0');
    expect(loadConfig({ NODE_ENV: 'production', HOST: '10.0.0.5' }).host).toBe('10.0.0.5');
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
});
