import { isIP } from 'node:net';
import { resolve } from 'node:path';
import { loadOperatorConfig, type OperatorConfig, OperatorConfigError } from '@manager/api-compliance';

/** Everything the process reads from its environment, validated once at start. */
export interface Config {
  port: number;
  /** Interface to listen on: loopback unless HOST says otherwise; all interfaces in production (containers). */
  host: string;
  /** Unset: an embedded PostgreSQL is started with its data in `dataDir`. */
  databaseUrl: string | null;
  dataDir: string;
  /** Folder with the built SPA (index.html and assets). */
  webRoot: string;
  production: boolean;
  logLevel: string;
  /** Seed the demo organizations when the database has no user yet. */
  demoSeed: boolean;
  /** Express `trust proxy`: which proxies in front may say who the client is (see `parseTrustProxy`). */
  trustProxy: TrustProxy;
  /** Report each GraphQL response's SQL statement count in `extensions` (tests, benchmarks). */
  exposeSqlStatements: boolean;
  /** smtp://… of the mail server; unset: emails are logged and kept readable in the outbox. */
  smtpUrl: string | null;
  /** The From: of every email. */
  mailFrom: string;
  /** The address people reach the app at, for links in emails; unset: http://localhost:PORT. */
  publicUrl: string | null;
  /** Run the outbox worker in this process (several instances may all run one). */
  outboxWorker: boolean;
  /** Base URL of the EU VIES REST service (…/check-vat-number is appended); unset: no VAT checks. */
  viesUrl: string | null;
  /** How long to wait for VIES before storing UNAVAILABLE. */
  viesTimeoutMs: number;
  /**
   * The key of the HMAC-SHA-256 under which API token secrets are stored (TOKEN_HMAC_KEY). Kept
   * out of the database, so a copy of it opens no token. Required in production; elsewhere a
   * fixed development key (`DEVELOPMENT_TOKEN_HMAC_KEY`) so that restarts and several local
   * processes agree.
   */
  tokenHmacKey: Buffer;
  /** What an API token may spend a minute, in operation-cost points (it may burst twice that). */
  tokenRatePointsPerMinute: number;
  /** The operator's identity, sub-processors and cookie categories (OPERATOR_CONFIG, default `config/operator.json`). */
  operator: OperatorConfig;
}

/**
 * The development key of API token hashes: public, so never for production (which refuses to
 * start without TOKEN_HMAC_KEY). Fixed rather than random so that tokens made with `npm start`
 * survive restarts and two local processes on one database accept each other's tokens.
 */
export const DEVELOPMENT_TOKEN_HMAC_KEY = Buffer.from('manager development API token key: never in production', 'utf8');

const TOKEN_HMAC_KEY_HELP = 'at least 32 random bytes, base64 or hex (e.g. `openssl rand -base64 32`)';

/** TOKEN_HMAC_KEY as bytes, pushing a sentence to `problems` when it is missing in production or too weak. */
export function parseTokenHmacKey(raw: string | undefined, production: boolean, problems: string[]): Buffer {
  const value = raw?.trim() ?? '';
  if (!value) {
    if (production) problems.push(`TOKEN_HMAC_KEY is required in production: ${TOKEN_HMAC_KEY_HELP}.`);
    return DEVELOPMENT_TOKEN_HMAC_KEY;
  }
  const key = /^[0-9a-f]+$/i.test(value) && value.length % 2 === 0 ? Buffer.from(value, 'hex') : Buffer.from(value, 'base64');
  if (key.length < 32) problems.push(`TOKEN_HMAC_KEY must be ${TOKEN_HMAC_KEY_HELP} (got ${key.length} bytes).`);
  return key;
}

export class ConfigError extends Error {}

/**
 * Which hops of `X-Forwarded-For` / `X-Forwarded-Proto` to believe: `false` (none: the socket's
 * address is the client), the number of proxies in front, or their addresses and CIDR ranges
 * (plus Express's names `loopback`, `linklocal`, `uniquelocal`). Express then takes the client IP
 * from the right, past the trusted hops, never the left-most entry, which the client writes.
 */
export type TrustProxy = false | number | string[];

const TRUST_PROXY_NAMES = ['loopback', 'linklocal', 'uniquelocal'];
const TRUST_PROXY_CHOICES =
  'the number of proxies in front of the API (e.g. 1), or their addresses and ranges separated by commas (e.g. 10.0.0.0/8,192.168.1.7 or loopback)';

/** Parses TRUST_PROXY, pushing a sentence to `problems` for anything it cannot accept. */
export function parseTrustProxy(raw: string | undefined, problems: string[]): TrustProxy {
  const value = raw?.trim() ?? '';
  if (['', 'false', 'no', '0'].includes(value)) return false;
  if (['true', 'yes'].includes(value)) {
    // Express's `true` believes every X-Forwarded-For entry, so the client picks its own IP and
    // walks past every per-IP limit. Refused rather than guessed, so nobody keeps it unknowingly.
    problems.push(`TRUST_PROXY=${value} would let clients choose their own IP address; set ${TRUST_PROXY_CHOICES}.`);
    return false;
  }
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    if (hops > 10) problems.push(`TRUST_PROXY must be at most 10 proxies (got "${value}").`);
    return hops;
  }
  const entries = value.split(',').map((entry) => entry.trim());
  const wrong = entries.filter((entry) => !isTrustedProxyEntry(entry));
  if (wrong.length) problems.push(`TRUST_PROXY must be false, ${TRUST_PROXY_CHOICES} (cannot read "${wrong.join('", "')}").`);
  return entries;
}

function isTrustedProxyEntry(entry: string): boolean {
  if (TRUST_PROXY_NAMES.includes(entry)) return true;
  const [address, prefix, ...rest] = entry.split('/');
  const version = isIP(address);
  if (!version || rest.length) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128);
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const problems: string[] = [];
  const port = Number(env['PORT'] ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    problems.push(`PORT must be a whole number from 0 to 65535 (got "${env['PORT']}").`);
  }
  const databaseUrl = env['DATABASE_URL']?.trim() || null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    problems.push('DATABASE_URL must be a postgres:// or postgresql:// URL.');
  }
  if (env['SMTP_URL']?.trim() && !/^smtps?:\/\//.test(env['SMTP_URL'].trim())) {
    problems.push('SMTP_URL must be an smtp:// or smtps:// URL.');
  }
  if (env['PUBLIC_URL'] && !/^https?:\/\/[^/]/.test(env['PUBLIC_URL'])) {
    problems.push('PUBLIC_URL must be an http:// or https:// URL.');
  }
  const viesUrl = env['VIES_URL']?.trim().replace(/\/+$/, '') || null;
  if (viesUrl && !/^https?:\/\/[^/]/.test(viesUrl)) {
    problems.push('VIES_URL must be an http:// or https:// URL, e.g. https://ec.europa.eu/taxation_customs/vies/rest-api.');
  }
  const viesTimeoutMs = Number(env['VIES_TIMEOUT_MS'] || 3000);
  if (!Number.isInteger(viesTimeoutMs) || viesTimeoutMs < 100 || viesTimeoutMs > 60_000) {
    problems.push(`VIES_TIMEOUT_MS must be a whole number of milliseconds from 100 to 60000 (got "${env['VIES_TIMEOUT_MS']}").`);
  }
  const tokenRatePointsPerMinute = Number(env['TOKEN_RATE_POINTS_PER_MINUTE'] || 1000);
  if (!Number.isInteger(tokenRatePointsPerMinute) || tokenRatePointsPerMinute < 100 || tokenRatePointsPerMinute > 10_000_000) {
    problems.push(`TOKEN_RATE_POINTS_PER_MINUTE must be a whole number from 100 to 10000000 (got "${env['TOKEN_RATE_POINTS_PER_MINUTE']}").`);
  }
  const logLevel = env['LOG_LEVEL'] ?? 'info';
  if (!LOG_LEVELS.includes(logLevel)) problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}.`);
  const flag = (name: string, fallback: boolean): boolean => {
    const value = env[name];
    if (value === undefined || value === '') return fallback;
    if (['true', '1', 'yes'].includes(value)) return true;
    if (['false', '0', 'no'].includes(value)) return false;
    problems.push(`${name} must be true or false (got "${value}").`);
    return fallback;
  };
  const operatorFile = resolve(env['OPERATOR_CONFIG'] || 'config/operator.json');
  let operator: OperatorConfig | null = null;
  try {
    operator = loadOperatorConfig(operatorFile);
  } catch (error) {
    if (!(error instanceof OperatorConfigError)) throw error;
    problems.push(...error.problems.map((problem) => `OPERATOR_CONFIG (${operatorFile}): ${problem}`));
  }
  const config: Config = {
    port,
    host: env['HOST']?.trim() || (env['NODE_ENV'] === 'production' ? '0.0.0.0' : '127.0.0.1'),
    databaseUrl,
    dataDir: resolve(env['DATA_DIR'] ?? '.data'),
    webRoot: resolve(env['WEB_ROOT'] ?? 'dist/apps/web/browser'),
    production: env['NODE_ENV'] === 'production',
    logLevel,
    demoSeed: flag('DEMO_SEED', true),
    trustProxy: parseTrustProxy(env['TRUST_PROXY'], problems),
    exposeSqlStatements: flag('EXPOSE_SQL_STATEMENTS', false),
    smtpUrl: env['SMTP_URL']?.trim() || null,
    mailFrom: env['MAIL_FROM'] ?? 'Manager <no-reply@manager.localhost>',
    publicUrl: env['PUBLIC_URL']?.replace(/\/+$/, '') || null,
    outboxWorker: flag('OUTBOX_WORKER', true),
    viesUrl,
    viesTimeoutMs,
    tokenHmacKey: parseTokenHmacKey(env['TOKEN_HMAC_KEY'], env['NODE_ENV'] === 'production', problems),
    tokenRatePointsPerMinute,
    operator: operator as OperatorConfig,
  };
  if (problems.length) {
    throw new ConfigError(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
  }
  return config;
}
