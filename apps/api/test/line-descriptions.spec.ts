import { registeredCatalogs } from '@manager/api-core';
import { backfillLineDescriptions, describeLine, legacyLineFacts, rewriteLineTexts } from '@manager/api-billing';
import { EXPORT_COLUMNS, type ExportType, type Language } from '@manager/domain';
import { fund, key, PLACE_ORDER, seedBillingWorld, TOP_UP, type BillingWorld } from './support/billing-orders';
import { parseCsv, postExport } from './support/exports';
import { Fixtures } from './support/fixtures';
import type { GraphQLTestClient } from './support/graphql-client';
import { signedIn } from './support/members';
import { pdfText } from './support/pdf-text';
import { startTestServer, type TestServer } from './support/test-server';

/**
 * Wallet movements and invoice lines are stored as facts and written in the reader's language
 * (issue 14): GraphQL, the invoice PDF and the CSV exports print the same sentence, by
 * Accept-Language or the saved preference; rows stored in English before the facts stay readable
 * (read as the facts their text tells, and given them by the migration).
 */
const ENTRIES = `query($id: ID!) { organization(id: $id) { wallet { entries(first: 20) { edges { node { kind description } } } } } }`;
const LINES = `query($id: ID!) { organization(id: $id) { invoices(first: 5) { edges { node { id lines { description } } } } } }`;

/** A day and an amount as `describeLine` writes them, by Intl (not hand-formatted). */
const day = (locale: string, date: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
const cookieOf = (c: GraphQLTestClient) => [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
const chf = (locale: string, minor: number) => new Intl.NumberFormat(locale, { style: 'currency', currency: 'CHF' }).format(minor / 100);

describe('line descriptions in the reader’s language', () => {
  let server: TestServer;
  let fixtures: Fixtures;
  let w: BillingWorld;

  beforeAll(async () => {
    server = await startTestServer({ OUTBOX_WORKER: 'false' });
    fixtures = new Fixtures(server.dataSource);
  });
  afterAll(() => server.close());
  beforeEach(async () => {
    await server.reset();
    w = await seedBillingWorld(fixtures, server.dataSource);
  });

  const as = (user: { email: string }) => signedIn(server, user.email);
  const renewal = (organizationId: string, productId: string) => ({ input: { organizationId, kind: 'RENEWAL', productId, idempotencyKey: key() } });
  const entries = async (c: GraphQLTestClient, organizationId: string, language?: string) =>
    ((await c.data(ENTRIES, { id: organizationId }, language ? { 'accept-language': language } : {})).organization.wallet.entries.edges as { node: { kind: string; description: string } }[]).map((e) => e.node);
  const csvDescriptions = async (c: GraphQLTestClient, organizationId: string, type: ExportType, language: Language) => {
    const answer = await postExport(server.url, c, { organizationId, type, format: 'CSV', from: '2025-06-01', to: '2027-06-01' }, { headers: { 'accept-language': language } });
    expect(answer.status).toBe(200);
    const { headers, rows } = parseCsv(answer.text);
    const header = headers[EXPORT_COLUMNS[type].columns.findIndex((column) => column.key === 'description')];
    return rows.map((row) => row[header]);
  };

  it('the partner pays at its reseller price: the ledger, the invoice line (GraphQL, PDF, CSV) in German, French and Italian', async () => {
    await fixtures.partnership(w.client, w.partner, { access: 'COMPLETE', billingOwner: 'PARTNER' });
    const lr = await as(w.partnerLr);
    await lr.data(TOP_UP, { input: { organizationId: w.partner.id, amountMinor: 20_000, idempotencyKey: key() } });
    const { placeOrder } = await lr.data(PLACE_ORDER, renewal(w.client.id, w.products[0].id));

    const german = `Verlängerung von ${w.products[0].name} (Webhosting), ${day('de-CH', '2027-01-31')} → ${day('de-CH', '2028-01-31')} für Client AG`;
    expect(await entries(lr, w.partner.id, 'de-CH')).toEqual([
      { kind: 'ORDER_PAYMENT', description: german },
      { kind: 'TOP_UP', description: 'Zahlung auf das Guthaben' },
    ]);
    expect((await entries(lr, w.partner.id, 'fr-CH'))[0].description).toBe(
      `Renouvellement de ${w.products[0].name} (Hébergement Web), ${day('fr-CH', '2027-01-31')} → ${day('fr-CH', '2028-01-31')} pour Client AG`,
    );
    expect((await entries(lr, w.partner.id, 'it'))[1].description).toBe('Pagamento sul portafoglio');
    expect((await entries(lr, w.partner.id))[1].description).toBe('Payment to the wallet');

    // The invoice line adds the public price it was reduced from.
    const germanLine = `${german}, Wiederverkäuferpreis (öffentlicher Preis ${chf('de-CH', 12_345)})`;
    const lines = await lr.data(LINES, { id: w.partner.id }, { 'accept-language': 'de' });
    expect(lines.organization.invoices.edges[0].node.lines).toEqual([{ description: germanLine }]);
    const italian = await lr.data(LINES, { id: w.partner.id }, { 'accept-language': 'it-CH' });
    expect(italian.organization.invoices.edges[0].node.lines[0].description).toBe(
      `Rinnovo di ${w.products[0].name} (Hosting Web), ${day('it-CH', '2027-01-31')} → ${day('it-CH', '2028-01-31')} per Client AG, prezzo rivenditore (prezzo pubblico ${chf('it-CH', 12_345)})`,
    );

    // The PDF (read back) and the CSV exports print the same German sentence.
    const pdf = await fetch(`${server.url}/invoices/${placeOrder.invoice.id}.pdf`, { headers: { cookie: cookieOf(lr), 'accept-language': 'de-CH' } });
    expect(pdf.status).toBe(200);
    const text = (await pdfText(Buffer.from(await pdf.arrayBuffer()))).replace(/\s+/g, ' ');
    // The PDF's font writes WinAnsi: the arrow is drawn as "?", the grouping apostrophe as ’.
    expect(text).toContain('Verlängerung von');
    expect(text).toContain('Wiederverkäuferpreis (öffentlicher Preis');
    expect(text).toContain(`${day('de-CH', '2027-01-31')}`);
    expect(await csvDescriptions(lr, w.partner.id, 'INVOICES', 'de')).toEqual([germanLine]);
    expect(await csvDescriptions(lr, w.partner.id, 'WALLET_MOVEMENTS', 'de')).toEqual(['Zahlung auf das Guthaben', german]);
    expect(await csvDescriptions(lr, w.partner.id, 'WALLET_MOVEMENTS', 'fr')).toEqual(['Paiement sur le portefeuille', (await entries(lr, w.partner.id, 'fr'))[0].description]);
    // Texts lost or stale (a catalog change): written again from the facts.
    await server.dataSource.query(`UPDATE wallet_entry SET description_texts = NULL WHERE organization_id = $1`, [w.partner.id]);
    const runner = server.dataSource.createQueryRunner();
    try {
      await rewriteLineTexts(runner);
    } finally {
      await runner.release();
    }
    expect(await csvDescriptions(lr, w.partner.id, 'WALLET_MOVEMENTS', 'de')).toEqual(['Zahlung auf das Guthaben', german]);
  });

  it('a cashback on the partner’s ledger, in the saved language over Accept-Language', async () => {
    await fixtures.partnership(w.client, w.partner, { access: 'COMPLETE', billingOwner: 'CLIENT' });
    await fund(server.dataSource, w.client, 20_000);
    const partner = await as(w.partnerLr);
    await partner.data(PLACE_ORDER, renewal(w.client.id, w.products[0].id));
    await partner.data(`mutation { setLanguage(language: DE) { id } }`);
    const [commission] = await entries(partner, w.partner.id, 'fr-CH');
    expect(commission).toEqual({ kind: 'COMMISSION', description: `Cashback von 10 % auf ${chf('de-CH', 12_345)}: ${w.products[0].name} für Client AG` });
    await partner.data(`mutation { setLanguage(language: IT) { id } }`);
    expect((await entries(partner, w.partner.id))[0].description).toBe(`Cashback del 10 % su ${chf('it-CH', 12_345)}: ${w.products[0].name} per Client AG`);
    await partner.data(`mutation { setLanguage(language: FR) { id } }`);
    expect((await entries(partner, w.partner.id, 'de'))[0].description).toBe(`Cashback de 10 % sur ${chf('fr-CH', 12_345)} : ${w.products[0].name} pour Client AG`);
    // The client's own ledger: the renewal it paid, for itself (no "for …").
    const client = await as(w.clientLr);
    expect((await entries(client, w.client.id, 'de'))[0].description).toBe(`Verlängerung von ${w.products[0].name} (Webhosting), ${day('de-CH', '2027-01-31')} → ${day('de-CH', '2028-01-31')}`);
  });

  it('rows stored in English before the facts: read in the reader’s language, given their facts by the migration; other texts as written', async () => {
    const lr = await as(w.clientLr);
    await fund(server.dataSource, w.client, 20_000);
    await lr.data(TOP_UP, { input: { organizationId: w.client.id, amountMinor: 5_000, idempotencyKey: key() } });
    await lr.data(PLACE_ORDER, renewal(w.client.id, w.products[0].id));
    // As the code wrote them before the facts: English text only.
    const legacy = [
      'Test top-up',
      'Payment to the wallet',
      'Renewal of Site (Web hosting), 2026-03-01 → 2027-03-01 for Acme SA',
    ];
    const ids: { id: string }[] = await server.dataSource.query(`SELECT id FROM wallet_entry WHERE organization_id = $1 ORDER BY position`, [w.client.id]);
    for (const [i, { id }] of ids.entries()) {
      await server.dataSource.query(`UPDATE wallet_entry SET description = $2, description_facts = NULL, description_texts = NULL WHERE id = $1`, [id, legacy[i]]);
    }
    const line = 'acme.ch (Domain), new, until 2027-03-01 for Acme SA, reseller price (public CHF 1,000.00)';
    await server.dataSource.query(`UPDATE invoice_line SET description = $1, description_facts = NULL, description_texts = NULL`, [line]);

    const german = [
      'Test top-up',
      'Zahlung auf das Guthaben',
      `Verlängerung von Site (Webhosting), ${day('de-CH', '2026-03-01')} → ${day('de-CH', '2027-03-01')} für Acme SA`,
    ];
    const germanLine = `acme.ch (Domain), neu, bis ${day('de-CH', '2027-03-01')} für Acme SA, Wiederverkäuferpreis (öffentlicher Preis ${chf('de-CH', 100_000)})`;
    expect((await entries(lr, w.client.id, 'de')).map((e) => e.description)).toEqual([...german].reverse());
    expect((await lr.data(LINES, { id: w.client.id }, { 'accept-language': 'de' })).organization.invoices.edges[0].node.lines).toEqual([{ description: germanLine }]);
    // The export reads what the migration writes: before it, the English text; after it, German.
    expect(await csvDescriptions(lr, w.client.id, 'WALLET_MOVEMENTS', 'de')).toEqual(legacy);
    expect(await csvDescriptions(lr, w.client.id, 'INVOICES', 'de')).toEqual([line]);
    const runner = server.dataSource.createQueryRunner();
    try {
      await backfillLineDescriptions(runner);
    } finally {
      await runner.release();
    }
    expect(await csvDescriptions(lr, w.client.id, 'WALLET_MOVEMENTS', 'de')).toEqual(german);
    expect(await csvDescriptions(lr, w.client.id, 'INVOICES', 'de')).toEqual([germanLine]);
    expect((await entries(lr, w.client.id, 'it')).map((e) => e.description)[0]).toBe(`Rinnovo di Site (Hosting Web), ${day('it-CH', '2026-03-01')} → ${day('it-CH', '2027-03-01')} per Acme SA`);
    const [{ known }] = await server.dataSource.query(`SELECT count(*) FILTER (WHERE description_facts IS NOT NULL)::int AS known FROM wallet_entry WHERE organization_id = $1`, [w.client.id]);
    expect(known).toBe(2);
    // A commission's English text, as credit-commission wrote it.
    const cashback = legacyLineFacts('Cashback 10 % of CHF 1,234.50: Site for Acme SA');
    expect(cashback && describeLine('fr', cashback)).toBe(`Cashback de 10 % sur ${chf('fr-CH', 123_450)} : Site pour Acme SA`);
  });

  it('the VAT mention and the revenue labels in the reader’s language too', async () => {
    await server.dataSource.query(`UPDATE organization SET country = 'FR', entity_type = 'COMPANY', vat_number = 'FR40303265045', currency = 'EUR' WHERE id = $1`, [w.client.id]);
    await server.dataSource.query(`UPDATE wallet SET currency = 'EUR' WHERE organization_id = $1`, [w.client.id]);
    await server.dataSource.query(`UPDATE product SET currency = 'EUR', public_price_minor = 10000 WHERE id = $1`, [w.products[0].id]);
    await fund(server.dataSource, w.client, 50_000);
    const lr = await as(w.clientLr);
    await lr.data(PLACE_ORDER, renewal(w.client.id, w.products[0].id));
    const vatNote = async (language: string) =>
      (await lr.data(`query($id: ID!) { organization(id: $id) { invoices(first: 1) { edges { node { vatNote } } } } }`, { id: w.client.id }, { 'accept-language': language })).organization.invoices.edges[0].node.vatNote;
    expect(await vatNote('de')).toBe('Steuerschuldnerschaft des Leistungsempfängers (Reverse Charge), Art. 196 Richtlinie 2006/112/EG');
    expect(await vatNote('it')).toBe('Inversione contabile: IVA dovuta dal destinatario, art. 196 direttiva 2006/112/CE');
    expect(await vatNote('en')).toBe('Reverse charge: VAT to be accounted for by the recipient, Art. 196 Directive 2006/112/EC');

    // A cashback for the partner, then its revenue rows named in its language.
    await fixtures.partnership(w.client, w.partner, { access: 'COMPLETE', billingOwner: 'CLIENT' });
    const partner = await as(w.partnerLr);
    await partner.data(PLACE_ORDER, renewal(w.client.id, w.products[1].id));
    const REVENUE = `query($id: ID!) { organization(id: $id) { partnerRevenue { total { amountMinor } month: byPeriod(period: MONTH) { key label } quarter: byPeriod(period: QUARTER) { key label } } } }`;
    const revenue = async (language: string) => (await partner.data(REVENUE, { id: w.partner.id }, { 'accept-language': language })).organization.partnerRevenue;
    const french = await revenue('fr-CH');
    const [month] = french.month;
    expect(month.label).toBe(new Intl.DateTimeFormat('fr-CH', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month.key}-01T00:00:00Z`)));
    expect(french.quarter[0].label).toBe(`T${french.quarter[0].key.slice(6)} ${french.quarter[0].key.slice(0, 4)}`);
    expect((await revenue('de')).quarter[0].label).toBe(`Q${french.quarter[0].key.slice(6)} ${french.quarter[0].key.slice(0, 4)}`);
  });

  it('has its sentences in every language (the catalog parity test covers it)', () => {
    expect(registeredCatalogs().map((catalog) => catalog.name)).toEqual(expect.arrayContaining(['line-descriptions', 'billing-owner-sentences']));
  });
});
