import { appendFileSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The whole-suite check that no secret reaches a log. Every test server writes its log (the real
 * redaction, level trace) into one folder per run (`TEST_LOG_DIR`, made by the global setup);
 * the test client writes there every secret the suite handles (session cookies it receives,
 * passwords and tokens it sends, tokens tests read from emails); the global teardown calls
 * `findLeaks` and fails the run on any hit. Plain Node only: the teardown runs outside Jest.
 */
export const LOG_FILE_SUFFIX = '.log';
const SECRETS_FILE_PREFIX = 'secrets-';

/** Shorter values (`'nope'`, `'forged'`) would be found in logs by chance: they are not what leaks. */
const MIN_SECRET_LENGTH = 8;
/**
 * Values the password-policy tests send on purpose and see refused (ten spaces, the email address
 * itself) are nobody's credential, and occur in logs legitimately (indentation, recipients).
 */
const NOT_A_SECRET = /^\s*$|^[^@\s]+@[^@\s]+$/;
const recorded = new Set<string>();

/** Notes a secret the suite handled, for the teardown's check (no-op outside a Jest run). */
export function recordSecret(value: unknown): void {
  const folder = process.env['TEST_LOG_DIR'];
  if (!folder || typeof value !== 'string' || value.trim().length < MIN_SECRET_LENGTH || NOT_A_SECRET.test(value) || recorded.has(value)) return;
  recorded.add(value);
  appendFileSync(join(folder, `${SECRETS_FILE_PREFIX}${process.pid}.jsonl`), `${JSON.stringify(value)}\n`);
}

const TOKEN_LIKE = /^[A-Za-z0-9_-]+$/;

export interface LeakReport {
  logFiles: number;
  logBytes: number;
  secrets: number;
  /** Log files that exist but are empty (a broken destination would make the check vacuous). */
  emptyLogFiles: string[];
  leaks: { file: string; secret: string }[];
}

/**
 * Reads every log and secret file of `folder`. Token-like secrets (cookies, invitation tokens:
 * base64url) are looked up in a set, by sliding windows over the log's base64url runs, so that
 * thousands of them cost one pass over the logs; the few other secrets (passwords) are searched
 * as they are, URL-encoded and JSON-escaped.
 */
export function findLeaks(folder: string): LeakReport {
  const names = readdirSync(folder);
  const secrets = new Set<string>();
  for (const name of names.filter((n) => n.startsWith(SECRETS_FILE_PREFIX))) {
    for (const line of readFileSync(join(folder, name), 'utf8').split('\n')) if (line) secrets.add(JSON.parse(line) as string);
  }
  const tokens = new Set([...secrets].filter((s) => TOKEN_LIKE.test(s)));
  const lengths = [...new Set([...tokens].map((t) => t.length))];
  const others = [...secrets].filter((s) => !tokens.has(s)).flatMap((s) => [...new Set([s, encodeURIComponent(s), JSON.stringify(s).slice(1, -1)])].map((form) => ({ secret: s, form })));
  const report: LeakReport = { logFiles: 0, logBytes: 0, secrets: secrets.size, emptyLogFiles: [], leaks: [] };
  for (const name of names.filter((n) => n.endsWith(LOG_FILE_SUFFIX))) {
    const path = join(folder, name);
    report.logFiles += 1;
    const size = statSync(path).size;
    report.logBytes += size;
    if (!size) report.emptyLogFiles.push(name);
    const text = readFileSync(path, 'utf8');
    const found = new Set<string>();
    for (const [run] of text.matchAll(/[A-Za-z0-9_-]{8,}/g)) {
      for (const length of lengths) {
        for (let at = 0; at + length <= run.length; at++) {
          const window = run.slice(at, at + length);
          if (tokens.has(window)) found.add(window);
        }
      }
    }
    for (const { secret, form } of others) if (text.includes(form)) found.add(secret);
    for (const secret of found) report.leaks.push({ file: name, secret });
  }
  return report;
}
