import pino, { type DestinationStream, type Logger, type LoggerOptions } from 'pino';
import { API_TOKEN_PATTERN } from '@manager/domain';
import type { Config } from './config';

/**
 * The one logger configuration of the process: `main.ts` and the API tests build their logger
 * with `createLogger`, so what the tests check is what production writes.
 *
 * Nothing secret may reach a log line: session cookies (`Cookie`, `Set-Cookie`), `Authorization`
 * headers, passwords, tokens, and the links in emails (they carry invitation and reset tokens).
 * Two layers, because neither reaches everything:
 * - pino's `redact` (fast-redact, compiled once) censors the known paths: request and response
 *   headers, and secret-named keys at the top of a log object or one level down;
 * - serializers rewrite what paths cannot describe: tokens in URLs (`?token=…` of an invitation
 *   page, in `req.url`, `req.query` and `Referer`), SQL parameters carried by TypeORM's
 *   `QueryFailedError` (an email body is one), and secret-named keys at any depth of `variables`,
 *   `input`, `args` or `body` — log GraphQL variables only under one of those keys.
 */
export const REDACTED = '[Redacted]';

/** Keys whose values are secrets wherever they appear (`password`, `currentPassword`, `resetToken`, `apiKey`…). */
export const SECRET_KEY = /pass(word)?|token|secret|authorization|cookie|api[-_]?key/i;

/** Query parameters whose values are secrets: `token`, `resetToken`, `code`, `signature`, `password`, `key`… */
const SECRET_QUERY_PARAMETER = /([?&#;](?:[^=&#\s"'<>]*?(?:token|password|secret|key|code|signature))=)[^&#\s"'<>]*/gi;

const SECRET_HEADERS = ['cookie', 'set-cookie', 'authorization', 'proxy-authorization', 'x-api-key'] as const;
const SECRET_FIELDS = ['password', 'currentPassword', 'newPassword', 'token', 'resetToken', 'sessionToken', 'secret', 'apiKey'] as const;

export const LOG_REDACT: NonNullable<LoggerOptions['redact']> = {
  paths: [
    ...SECRET_HEADERS.flatMap((header) => [`req.headers["${header}"]`, `res.headers["${header}"]`, `headers["${header}"]`]),
    ...SECRET_FIELDS.flatMap((field) => [field, `*.${field}`]),
  ],
  censor: REDACTED,
};

/** An API token anywhere in a text (a script that put one in a URL or a message): its prefix stays, for the reader. */
const API_TOKEN_ANYWHERE = new RegExp(API_TOKEN_PATTERN.source.replace('mgr[op]_', '(mgr[op]_)'), 'g');

/**
 * `https://x/partners/invitations?token=abc&answer=refuse` → `…?token=[Redacted]&answer=refuse`;
 * `…mgro_3kF9…` (an API token, wherever it is) → `mgro_[Redacted]`.
 */
export function redactUrl(text: string): string {
  return text.replace(SECRET_QUERY_PARAMETER, `$1${REDACTED}`).replace(API_TOKEN_ANYWHERE, `$1${REDACTED}`);
}

/** A copy of `value` with every secret-named key censored and tokens in strings' URLs removed, at any depth (bounded). */
export function redactSecrets(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return redactUrl(value);
  if (value === null || typeof value !== 'object' || depth > 8) return value;
  if (Array.isArray(value)) return value.map((item) => redactSecrets(item, depth + 1));
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) copy[key] = SECRET_KEY.test(key) ? REDACTED : redactSecrets(item, depth + 1);
  return copy;
}

type SerializedRequest = { url?: string; query?: unknown; headers?: Record<string, unknown> } & Record<string, unknown>;
type SerializedResponse = { headers?: Record<string, unknown> } & Record<string, unknown>;

function redactHeaders(headers: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  if (!headers) return headers;
  // A copy: the serialized request holds the live `req.headers`, which the app still reads.
  const copy: Record<string, unknown> = { ...headers };
  for (const header of SECRET_HEADERS) if (header in copy) copy[header] = REDACTED;
  if (typeof copy['referer'] === 'string') copy['referer'] = redactUrl(copy['referer']);
  return copy;
}

/**
 * An error as pino's standard serializer writes it, minus the SQL parameters TypeORM attaches to
 * a `QueryFailedError` (they can hold an email body with its links) and secret-named properties.
 */
function redactError(serialized: unknown, depth = 0): unknown {
  if (serialized === null || typeof serialized !== 'object' || depth > 4) return serialized;
  const error = serialized as Record<string, unknown>;
  for (const key of Object.keys(error)) {
    if (key === 'parameters' || SECRET_KEY.test(key)) error[key] = REDACTED;
    else if (typeof error[key] === 'object') error[key] = redactError(error[key], depth + 1);
  }
  if (typeof error['message'] === 'string') error['message'] = redactUrl(error['message']);
  return error;
}

const errorSerializer = (error: unknown) => redactError(pino.stdSerializers.errWithCause(error as Error));

/** The serializers pino-http must be given too: it replaces the logger's `req`/`res`/`err` ones with its own. */
export const HTTP_LOG_SERIALIZERS = {
  req: (req: SerializedRequest): SerializedRequest => {
    // pino-http hands over pino's serialized request (a fresh object), only `headers` is live.
    if (typeof req.url === 'string') req.url = redactUrl(req.url);
    if (req.query && typeof req.query === 'object') req.query = redactSecrets(req.query);
    req.headers = redactHeaders(req.headers);
    return req;
  },
  res: (res: SerializedResponse): SerializedResponse => ({ ...res, headers: redactHeaders(res.headers) }),
  err: errorSerializer,
};

export const LOG_SERIALIZERS: NonNullable<LoggerOptions['serializers']> = {
  err: errorSerializer,
  error: errorSerializer,
  variables: redactSecrets,
  input: redactSecrets,
  args: redactSecrets,
  body: redactSecrets,
};

export function loggerOptions(config: Pick<Config, 'logLevel'>): LoggerOptions {
  return {
    level: config.logLevel,
    redact: LOG_REDACT,
    serializers: LOG_SERIALIZERS,
    hooks: {
      // Messages are free text: a link pasted into one loses its token (one regex per string argument).
      logMethod(args, method) {
        method.apply(this, args.map((arg) => (typeof arg === 'string' ? redactUrl(arg) : arg)) as Parameters<typeof method>);
      },
    },
  };
}

/**
 * The process's logger: JSON lines on stdout (pretty on a terminal outside production), or into
 * `destination` (the API tests write each server's log to a file).
 */
export function createLogger(config: Pick<Config, 'logLevel' | 'production'>, destination?: DestinationStream): Logger {
  if (destination) return pino(loggerOptions(config), destination);
  const pretty = process.stdout.isTTY && !config.production;
  return pino({
    ...loggerOptions(config),
    transport: pretty ? { target: 'pino-pretty', options: { singleLine: true } } : undefined,
  });
}
