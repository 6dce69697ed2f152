// eslint-disable-next-line @nx/enforce-module-boundaries
import type { EmbeddedDatabase } from '../../../../libs/api/core/src/lib/db/embedded-postgres';

export default async function globalTeardown(): Promise<void> {
  await (globalThis as { __embeddedDatabase__?: EmbeddedDatabase }).__embeddedDatabase__?.stop();
}
