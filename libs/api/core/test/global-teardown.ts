import { rmSync } from 'node:fs';
import type { EmbeddedRun } from './global-setup';

export default async function globalTeardown(): Promise<void> {
  const run = (globalThis as { __embeddedDatabase__?: EmbeddedRun }).__embeddedDatabase__;
  if (!run) return;
  await run.database.stop();
  rmSync(run.dataDir, { recursive: true, force: true });
}
