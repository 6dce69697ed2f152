import 'reflect-metadata';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import pino from 'pino';
import type { DataSource } from 'typeorm';
import { startEmbeddedPostgres } from '@manager/api-core';
import { Product } from '@manager/api-catalog';
import { hashPassword, User } from '@manager/api-identity';
import { Membership, Organization } from '@manager/api-organizations';
import { openDatabase } from '../../apps/api/src/database';
import { onCleanup, removeAtEnd } from './bench-cleanup';

export const BENCH_EMAIL = 'bench@example.test';
export const BENCH_PASSWORD = 'benchmark password';

export interface BenchDatabase {
  /** postgres://… of the run's own database, migrated. */
  url: string;
  /** The benchmark's own connection (seeding, EXPLAIN): not the servers'. */
  dataSource: DataSource;
  /** The embedded cluster's postmaster, whose backends' CPU the benchmarks read; null on DATABASE_URL. */
  postmasterPid: number | null;
}

/**
 * A fresh, migrated database for one run, removed when the run ends (bench-cleanup.ts): an
 * embedded PostgreSQL in a temporary folder, or, when DATABASE_URL is set, a database of its own
 * created on that server and dropped at the end (the server's other databases are not touched).
 */
export async function openBenchDatabase(): Promise<BenchDatabase> {
  const log = pino({ level: 'silent' });
  const external = process.env['DATABASE_URL'];
  let url: string;
  let postmasterPid: number | null = null;
  if (external) {
    const name = `manager_bench_${process.pid}_${Date.now()}`;
    const admin = new Client({ connectionString: external });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    onCleanup(async () => {
      const dropper = new Client({ connectionString: external });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    });
    const parsed = new URL(external);
    parsed.pathname = `/${name}`;
    url = parsed.toString();
  } else {
    const folder = mkdtempSync(join(tmpdir(), 'manager-bench-'));
    removeAtEnd(folder);
    const embedded = await startEmbeddedPostgres(folder);
    onCleanup(() => embedded.stop());
    url = embedded.url;
    postmasterPid = Number(readFileSync(join(folder, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
  }
  const database = await openDatabase({ databaseUrl: url, dataDir: '', log });
  onCleanup(() => database.close());
  return { url, dataSource: database.dataSource, postmasterPid };
}

/**
 * Another fresh, migrated database on the same PostgreSQL as `beside` (the same cluster, its CPU
 * read with it), dropped at the end: for comparing two databases in one interleaved run.
 */
export async function openSiblingDatabase(beside: BenchDatabase): Promise<BenchDatabase> {
  const name = `manager_bench_sibling_${process.pid}_${Date.now()}`;
  const admin = new Client({ connectionString: beside.url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  onCleanup(async () => {
    const dropper = new Client({ connectionString: beside.url });
    await dropper.connect();
    await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await dropper.end();
  });
  const parsed = new URL(beside.url);
  parsed.pathname = `/${name}`;
  const url = parsed.toString();
  const database = await openDatabase({ databaseUrl: url, dataDir: '', log: pino({ level: 'silent' }) });
  onCleanup(() => database.close());
  return { url, dataSource: database.dataSource, postmasterPid: beside.postmasterPid };
}

/** One user, ADMIN of one organization holding `products` products; returns the organization's id. */
export async function seedBenchUser(dataSource: DataSource, products: number): Promise<string> {
  const manager = dataSource.manager;
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
  return organization.id;
}

/** Signs the bench user in through the API's own `login` mutation: the session cookie (`session=…`). */
export async function signIn(graphqlUrl: string): Promise<string> {
  const login = await fetch(graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `mutation { login(input: { email: "${BENCH_EMAIL}", password: "${BENCH_PASSWORD}" }) { user { id } } }` }),
  });
  const cookie = (login.headers.getSetCookie()[0] ?? '').split(';')[0];
  if (!cookie) throw new Error(`bench login failed: ${await login.text()}`);
  return cookie;
}
