import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { Product } from '@manager/api-catalog';
import { hashPassword, User } from '@manager/api-identity';
import { Membership, Organization } from '@manager/api-organizations';
import { loadConfig } from '../../apps/api/src/config';
import { startServer, type RunningServer } from '../../apps/api/src/server';

export const BENCH_EMAIL = 'bench@example.test';
export const BENCH_PASSWORD = 'benchmark password';

export interface BenchApp {
  server: RunningServer;
  organizationId: string;
  cookie: string;
}

/**
 * The real API on a free port over a fresh database (embedded in a temporary folder unless
 * DATABASE_URL is set), with one user in one organization holding `products` products.
 */
export async function startBenchApp(products: number, env: Record<string, string> = {}): Promise<BenchApp> {
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: mkdtempSync(join(tmpdir(), 'manager-bench-')),
    DATABASE_URL: process.env['DATABASE_URL'] ?? '',
    DEMO_SEED: 'false',
    OUTBOX_WORKER: 'false',
    NODE_ENV: 'production',
    LOG_LEVEL: 'silent',
    TOKEN_HMAC_KEY: randomBytes(32).toString('base64'),
    ...env,
  });
  const server = await startServer(config, pino({ level: 'silent' }));
  const manager = server.database.dataSource.manager;
  await manager.query(`TRUNCATE app_user, organization CASCADE`);
  const user = await manager.save(manager.create(User, { email: BENCH_EMAIL, displayName: 'Bench', passwordHash: await hashPassword(BENCH_PASSWORD) }));
  const organization = await manager.save(
    manager.create(Organization, { name: 'Bench SA', entityType: 'COMPANY', country: 'CH', vatNumber: null, currency: 'CHF' }),
  );
  await manager.save(manager.create(Membership, { userId: user.id, organizationId: organization.id, role: 'ADMIN' }));
  await manager.save(
    Array.from({ length: products }, (_, i) =>
      manager.create(Product, {
        organizationId: organization.id,
        category: 'WEB_HOSTING',
        name: `bench-product-${String(i).padStart(4, '0')}.example`,
        publicPriceMinor: 1000 + i,
        currency: 'CHF',
        renewalDate: '2027-06-30',
      }),
    ),
  );
  const login = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `mutation { login(input: { email: "${BENCH_EMAIL}", password: "${BENCH_PASSWORD}" }) { user { id } } }` }),
  });
  const cookie = (login.headers.getSetCookie()[0] ?? '').split(';')[0];
  if (!cookie) throw new Error(`bench login failed: ${await login.text()}`);
  return { server, organizationId: organization.id, cookie };
}
