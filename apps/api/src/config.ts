import { resolve } from 'node:path';

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
  /** Express `trust proxy`: set when a TLS-terminating proxy sits in front. */
  trustProxy: boolean;
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
}

export class ConfigError extends Error {}

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
  const config: Config = {
    port,
    host: env['HOST']?.trim() || (env['NODE_ENV'] === 'production' ? '0.0.0.0' : '127.0.0.1'),
    databaseUrl,
    dataDir: resolve(env['DATA_DIR'] ?? '.data'),
    webRoot: resolve(env['WEB_ROOT'] ?? 'dist/apps/web/browser'),
    production: env['NODE_ENV'] === 'production',
    logLevel,
    demoSeed: flag('DEMO_SEED', true),
    trustProxy: flag('TRUST_PROXY', false),
    exposeSqlStatements: flag('EXPOSE_SQL_STATEMENTS', false),
    smtpUrl: env['SMTP_URL']?.trim() || null,
    mailFrom: env['MAIL_FROM'] ?? 'Manager <no-reply@manager.localhost>',
    publicUrl: env['PUBLIC_URL']?.replace(/\/+$/, '') || null,
    outboxWorker: flag('OUTBOX_WORKER', true),
    viesUrl,
    viesTimeoutMs,
  };
  if (problems.length) {
    throw new ConfigError(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
  }
  return config;
}
