import { randomUUID } from 'node:crypto';
import pino from 'pino';
import type { DataSource } from 'typeorm';
import { createDataSource } from '@manager/api-core';
import { renderAuditEvent } from '@manager/domain';
import { entities, migrations } from '../src/database';
import { createTestDatabase } from './support/test-server';

const MIGRATION = 'StructureAuditEvents1764170020000';

type Trail = 'client' | 'partner';
/** One row as the API stored it before the vocabulary: whose trail, action, sentence. */
interface OldRow {
  trail: Trail;
  action: string;
  summary: string;
  /** The client's row of something the partner's people did names the partner. */
  forPartner?: boolean;
  /** Rows of one partnership event share the partnership and the instant. */
  pair?: string;
}

/** Sentences as the code wrote them (most are the ones the feature specs asserted). */
const READABLE: OldRow[] = [
  { trail: 'client', action: 'organization.created', summary: 'Created the organization "Boulangerie Durand SAS" (company in France, VAT number FR40303265045)' },
  { trail: 'client', action: 'organization.created', summary: 'Created the organization "Le "Four"; d\'Or" (individual in Democratic Republic of the Congo)' },
  { trail: 'client', action: 'organization.updated', summary: 'Changed the country from France to Germany; changed the VAT number from FR40303265045 to DE136695976' },
  { trail: 'client', action: 'organization.updated', summary: 'Changed the name from "Durand SAS" to "Durand & Fils SAS"' },
  { trail: 'client', action: 'organization.vat_verified', summary: 'VIES confirmed the VAT number FR40303265045, registered to "SA ODIGO"' },
  { trail: 'client', action: 'billing_address.added', summary: 'Added the billing address "Comptabilité, 3 quai Saint-Antoine, 69002 Lyon, FR" (default)' },
  {
    trail: 'client',
    action: 'billing_address.updated',
    summary: 'Changed the billing address "Comptabilité, 3 quai Saint-Antoine, 69002 Lyon, FR" to "Comptabilité, 5 quai Saint-Antoine, 69002 Lyon, FR", now the default',
  },
  { trail: 'client', action: 'billing_address.removed', summary: 'Removed the billing address "12 rue du Four, 75006 Paris, FR"' },
  { trail: 'client', action: 'terms.accepted', summary: 'Accepted the general terms of use, version 2026-01' },
  { trail: 'client', action: 'member.role_changed', summary: "Changed Tom Weber's role from User to Administrator" },
  { trail: 'client', action: 'member.removed', summary: 'Removed Tom Weber (User)' },
  { trail: 'client', action: 'member.legal_responsibility_transferred', summary: 'Handed the legal responsibility from Lea Roth to Adam Ibar; Lea Roth is now Administrator' },
  { trail: 'client', action: 'member.invited', summary: 'Invited nina@example.test as Administrator' },
  { trail: 'client', action: 'member.invited', summary: 'Invited eve@example.test as External with access to 2 products' },
  { trail: 'client', action: 'member.joined', summary: 'Nina Keller joined as Administrator (invited by Lea Roth)' },
  { trail: 'client', action: 'member.products_granted', summary: 'Set the products Eve (External) sees: 1 product' },
  { trail: 'partner', action: 'partnership.request_sent', summary: 'Asked lr@acme.test for complete access' },
  { trail: 'client', action: 'partnership.requested', summary: 'Pixel Partners asked for complete access to the organization', forPartner: true },
  {
    trail: 'client',
    action: 'partnership.external_member_folded',
    summary: "Tom Girard's external membership ended: the partnership with Pixel Partners covers it now (2 granted products kept in its scope (1 added))",
    forPartner: true,
  },
  { trail: 'client', action: 'partnership.invited', summary: 'Invited Pixel Partners to manage the organization with limited access to 2 products until 2026-06-30', pair: 'invited' },
  { trail: 'partner', action: 'partnership.invited', summary: 'Acme SA invited the organization to manage it with limited access to 2 products until 2026-06-30', pair: 'invited' },
  { trail: 'client', action: 'partnership.accepted', summary: 'The partner accepted the invitation: Pixel Partners now has limited access to 2 products', forPartner: true, pair: 'accepted' },
  { trail: 'partner', action: 'partnership.accepted', summary: 'Accepted the invitation: Pixel Partners now has limited access to 2 products to Acme SA', pair: 'accepted' },
  // Ending mirrors itself: each sentence reads as either side's; the rows tell which.
  { trail: 'client', action: 'partnership.terminated', summary: 'Ended the partnership with Pixel Partners', pair: 'ended-by-client' },
  { trail: 'partner', action: 'partnership.terminated', summary: 'Acme SA ended the partnership', pair: 'ended-by-client' },
  { trail: 'client', action: 'partnership.terminated', summary: 'Pixel Partners ended the partnership', forPartner: true, pair: 'ended-by-partner' },
  { trail: 'partner', action: 'partnership.terminated', summary: 'Ended the partnership with Acme SA', pair: 'ended-by-partner' },
  {
    trail: 'client',
    action: 'partnership.billing_owner_changed',
    summary: "For Pixel Partners: changed who pays: Pixel Partners pays for Acme SA's orders and renewals from now on",
    pair: 'billing',
  },
  { trail: 'partner', action: 'partnership.billing_owner_changed', summary: "Acme SA changed who pays: Pixel Partners pays for Acme SA's orders and renewals from now on", pair: 'billing' },
  { trail: 'client', action: 'partnership.scope_changed', summary: 'For Pixel Partners: changed who pays: the partner pays from now on', pair: 'scope' },
  { trail: 'partner', action: 'partnership.scope_changed', summary: 'Acme SA changed who pays: the partner pays from now on', pair: 'scope' },
  { trail: 'client', action: 'order.renewal', summary: 'Renewal of Site (Web hosting), 2026-03-01 → 2027-03-01: paid by Partner GmbH' },
  { trail: 'client', action: 'order.new_product', summary: 'acme.ch (Domain), new, until 2027-03-01: paid CHF 1,234.50, invoice 2026-000001' },
  { trail: 'partner', action: 'order.paid', summary: 'Paid CHF 113.43 for Acme SA: Renewal of Site (Web hosting), 2026-03-01 → 2027-03-01, invoice 2026-000002' },
  { trail: 'partner', action: 'commission.credited', summary: 'Cashback of CHF 10.50 on Site for Acme SA' },
  { trail: 'client', action: 'wallet.topped_up', summary: 'Wallet top-up of CHF 50.00 (balance CHF 1,050.00)' },
];

/** Rows whose data cannot be read from the sentence: they keep it, word for word. */
const UNREADABLE: OldRow[] = [
  { trail: 'client', action: 'product.renewed', summary: 'Renewed a product' },
  { trail: 'client', action: 'member.invited', summary: 'Invited someone' },
  { trail: 'client', action: 'organization.updated', summary: 'Changed the name from "A" to "B"; did something else' },
  { trail: 'client', action: 'order.renewal', summary: 'Renewal of Site (Hosting), 2026-03-01 → 2027-03-01: paid by Partner GmbH' },
  // The client's row names only the partner; its twin (with the client's name) is gone.
  { trail: 'client', action: 'partnership.refused', summary: 'Pixel Partners refused the invitation', forPartner: true },
];

describe('the migration to structured audit events', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let dataSource: DataSource;
  const ids = new Map<string, OldRow>();

  const applied = async () => (await dataSource.query(`SELECT 1 FROM migrations WHERE name = $1`, [MIGRATION])).length > 0;
  const columns = async () =>
    (await dataSource.query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'audit_event' AND column_name IN ('summary', 'data') ORDER BY 1`)).map(
      (row: { column_name: string }) => row.column_name,
    );
  const stored = async (): Promise<Map<string, { action: string; data: any }>> =>
    new Map((await dataSource.query(`SELECT id, action, data FROM audit_event`)).map((row: any) => [row.id, row]));
  /** The stored row of an old sentence. */
  const rowOf = (rows: Map<string, { action: string; data: any }>, summary: string) => {
    const id = [...ids].find(([, old]) => old.summary === summary)?.[0];
    const row = id && rows.get(id);
    if (!row) throw new Error(`no row for "${summary}"`);
    return row;
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = createDataSource({ url: database.url, entities, migrations, log: pino({ level: 'silent' }) });
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'each' });
    // Back to the schema just before it (and whatever came after it undone too).
    while (await applied()) await dataSource.undoLastMigration({ transaction: 'each' });
    expect(await columns()).toEqual(['summary']);

    const [client, partner] = await Promise.all(
      ['Acme SA', 'Pixel Partners'].map(async (name) => {
        const [row] = await dataSource.query(`INSERT INTO organization (name, entity_type, country, currency) VALUES ($1, 'COMPANY', 'CH', 'CHF') RETURNING id`, [name]);
        return row.id as string;
      }),
    );
    const pairs = new Map<string, { target: string; at: string }>();
    for (const [index, row] of [...READABLE, ...UNREADABLE].entries()) {
      const pair = row.pair ? (pairs.get(row.pair) ?? { target: randomUUID(), at: new Date(Date.UTC(2026, 0, 1, 0, 0, index)).toISOString() }) : null;
      if (row.pair && pair) pairs.set(row.pair, pair);
      const [{ id }] = await dataSource.query(
        `INSERT INTO audit_event (organization_id, actor_name, partner_organization_id, action, summary, target_type, target_id, created_at)
         VALUES ($1, 'Someone', $2, $3, $4, $5, $6, $7) RETURNING id`,
        [
          row.trail === 'client' ? client : partner,
          row.forPartner ? partner : null,
          row.action,
          row.summary,
          row.action.startsWith('partnership.') ? 'Partnership' : null,
          pair?.target ?? randomUUID(),
          pair?.at ?? new Date(Date.UTC(2026, 0, 2, 0, 0, index)).toISOString(),
        ],
      );
      ids.set(id, row);
    }
    await dataSource.runMigrations({ transaction: 'each' });
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('stores data instead of the sentence, and every row reads exactly as it did', async () => {
    expect(await applied()).toBe(true);
    expect(await columns()).toEqual(['data']);
    const rows = await stored();
    expect(rows.size).toBe(READABLE.length + UNREADABLE.length);
    for (const [id, old] of ids) expect(renderAuditEvent(rows.get(id) as { action: string; data: unknown })).toBe(old.summary);
  });

  it('reads the data back from every sentence it can, and keeps only the others as sentences', async () => {
    const rows = await stored();
    const legacy = [...ids.values()].filter((old) => 'legacySummary' in rowOf(rows, old.summary).data).map((old) => old.summary);
    expect(legacy.sort()).toEqual(UNREADABLE.map((row) => row.summary).sort());
  });

  it('tells which side ended a partnership, and takes the other side’s name at the time from its twin', async () => {
    const rows = await stored();
    const dataOf = (summary: string) => rowOf(rows, summary).data;
    const names = { clientName: 'Acme SA', partnerName: 'Pixel Partners' };
    expect(dataOf('Ended the partnership with Pixel Partners')).toEqual({ trail: 'CLIENT', by: 'CLIENT', ...names });
    expect(dataOf('Acme SA ended the partnership')).toEqual({ trail: 'PARTNER', by: 'CLIENT', ...names });
    expect(dataOf('Pixel Partners ended the partnership')).toEqual({ trail: 'CLIENT', by: 'PARTNER', ...names });
    expect(dataOf('Ended the partnership with Acme SA')).toEqual({ trail: 'PARTNER', by: 'PARTNER', ...names });
    expect(dataOf('The partner accepted the invitation: Pixel Partners now has limited access to 2 products')).toEqual({
      trail: 'CLIENT',
      by: 'PARTNER',
      ...names,
      scope: { access: 'LIMITED', productCount: 2 },
      askedFor: null,
    });
    expect(dataOf('Created the organization "Le "Four"; d\'Or" (individual in Democratic Republic of the Congo)')).toEqual({
      name: 'Le "Four"; d\'Or',
      entityType: 'INDIVIDUAL',
      country: 'CD',
      vatNumber: null,
    });
    expect(dataOf('Paid CHF 113.43 for Acme SA: Renewal of Site (Web hosting), 2026-03-01 → 2027-03-01, invoice 2026-000002')).toEqual({
      amount: { amountMinor: 11_343, currency: 'CHF' },
      clientName: 'Acme SA',
      line: { kind: 'RENEWAL', productName: 'Site', category: 'WEB_HOSTING', from: '2026-03-01', until: '2027-03-01' },
      invoiceNumber: '2026-000002',
    });
  });

  it('goes down to the sentences, word for word, and up again to the same data', async () => {
    const before = await stored();
    // Down to just before it (the migrations that came later, API tokens, go first).
    while (await applied()) await dataSource.undoLastMigration({ transaction: 'each' });
    expect(await applied()).toBe(false);
    expect(await columns()).toEqual(['summary']);
    const sentences = new Map((await dataSource.query(`SELECT id, summary FROM audit_event`)).map((row: any) => [row.id, row.summary]));
    for (const [id, old] of ids) expect(sentences.get(id)).toBe(old.summary);
    await dataSource.runMigrations({ transaction: 'each' });
    expect(await stored()).toEqual(before);
  });
});
