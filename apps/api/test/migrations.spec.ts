import pino from 'pino';
import { createDataSource } from '@manager/api-core';
import { entities, migrations } from '../src/database';
import { createTestDatabase } from './support/test-server';

describe('migrations', () => {
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
      expect(applied.map((m) => m.name)).toEqual(migrations.map((m) => m.name));
      expect(await tables()).toEqual([
        'app_user',
        'audit_event',
        'billing_address',
        'commission',
        'customer_order',
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
