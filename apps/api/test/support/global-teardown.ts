import { rmSync } from 'node:fs';
// eslint-disable-next-line @nx/enforce-module-boundaries
import type { EmbeddedDatabase } from '../../../../libs/api/core/src/lib/db/embedded-postgres';
import { findLeaks } from './log-leaks';

export default async function globalTeardown(): Promise<void> {
  await (globalThis as { __embeddedDatabase__?: EmbeddedDatabase }).__embeddedDatabase__?.stop();
  assertNoSecretInLogs();
}

/**
 * Fails the run when a secret the tests handled appears in a log any test server wrote. A run
 * that handled secrets but left no log, or an empty log file, fails too: the check must not pass
 * because nothing was written. A run without any server (unit specs only) has nothing to check.
 */
function assertNoSecretInLogs(): void {
  const folder = process.env['TEST_LOG_DIR'];
  if (!folder) return;
  const report = findLeaks(folder);
  const problems: string[] = [];
  if (report.secrets && !report.logFiles) problems.push(`the tests handled ${report.secrets} secrets but no test server wrote a log`);
  if (report.emptyLogFiles.length) {
    problems.push(`empty log files (is TEST_LOG_LEVEL too high? the check needs trace or debug): ${report.emptyLogFiles.join(', ')}`);
  }
  for (const { file, secret } of report.leaks.slice(0, 20)) problems.push(`${file} contains the secret "${secret.slice(0, 6)}…"`);
  if (report.leaks.length > 20) problems.push(`… and ${report.leaks.length - 20} more`);
  if (problems.length) {
    throw new Error(`Secrets in the API logs (kept in ${folder}):\n  - ${problems.join('\n  - ')}`);
  }
  const keep = process.env['TEST_LOG_KEEP'] === 'true';
  console.log(
    `\nAPI logs: no secret found (${report.secrets} secrets, ${report.logFiles} log files, ${Math.round(report.logBytes / 1024)} kB)` +
      (keep ? `, kept in ${folder}` : ''),
  );
  if (!keep) rmSync(folder, { recursive: true, force: true });
}
