import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import pino from 'pino';
import { createDataSource } from '@manager/api-core';
import { entities, migrations } from '../src/database';
import { createTestDatabase } from './support/test-server';

/** Every migration class in the libraries' source, found by file, not by any registration. */
function migrationClassesInSource(): string[] {
  const libs = join(__dirname, '../../../libs/api');
  const files = readdirSync(libs, { recursive: true, encoding: 'utf8' }).filter((file) => /(^|\/)migrations\/\d+-\w+\.ts$/.test(file));
  return files.flatMap((file) =>
    Object.values(require(join(libs, file)) as Record<string, unknown>)
      .filter((exported): exported is { name: string } => typeof exported === 'function' && typeof exported.prototype?.up === 'function')
      .map((migration) => migration.name),
  );
}

describe('migrations', () => {
  it('are each registered by exactly one context', () => {
    const inSource = migrationClassesInSource();
    expect(inSource.length).toBeGreaterThan(10);
    expect(migrations.map((m) => m.name).sort()).toEqual([...inSource].sort());
    expect(new Set(migrations).size).toBe(migrations.length);
  });

  it('bring an empty database up, down to nothing, and up again', async () => {
    const database = await createTestDatabase();
    const dataSource = createDataSource({ url: database.url, entities, migrations, log: pino({ level: 'silent' }) });
    await dataSource.initialize();
    const tables = async () =>
      (await dataSource.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`)).map(
        (row: { tablename: string }) => row.tablename,
      );
    try {
      expect(await tables()).toEqual([]);
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      // TypeORM goes by the timestamps; the declared order (the runsAfter chain) must agree.
      expect(applied.map((m) => m.name)).toEqual(migrations.map((m) => m.name));
      expect(await tables()).toEqual([
        'api_token',
        'api_token_block',
        'api_token_client',
        'api_token_leak_report',
        'api_token_rate_bucket',
        'api_token_usage',
        'app_user',
        'audit_event',
        'billing_address',
        'commission',
        'cookie_consent',
        'customer_order',
        'dpa_certificate',
        'email_outbox',
        'invoice',
        'invoice_counter',
        'invoice_line',
        'login_attempt',
        'member_invitation',
        'membership',
        'membership_product_grant',
        'migrations',
        'organization',
        'partner_profile',
        'partnership',
        'partnership_product',
        'password_confirmation_attempt',
        'password_reset_request',
        'password_reset_token',
        'payment',
        'product',
        'session',
        'terms_acceptance',
        'wallet',
        'wallet_entry',
      ]);
      for (let i = 0; i < migrations.length; i++) await dataSource.undoLastMigration({ transaction: 'each' });
      expect(await tables()).toEqual(['migrations']);
      expect(await dataSource.runMigrations({ transaction: 'each' })).toHaveLength(migrations.length);
    } finally {
      await dataSource.destroy();
      await database.drop();
    }
  });
});
