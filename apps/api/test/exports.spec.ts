import { EXPORT_COLUMNS, exportHeaders, type ExportType } from '@manager/domain';
import type { Organization } from '@manager/api-organizations';
import type { User } from '@manager/api-identity';
import { writeBulkInvoices } from './support/bulk-invoices';
import { createToken } from './support/api-tokens';
import { fund, key, PLACE_ORDER, seedBillingWorld, type BillingWorld } from './support/billing-orders';
import { parseCsv, postExport, minor, type ExportCaller } from './support/exports';
import { Fixtures, PASSWORD } from './support/fixtures';
import type { GraphQLTestClient } from './support/graphql-client';
import { startTestServer, type TestServer } from './support/test-server';

const year = new Date().getUTCFullYear();
const PERIOD = { from: `${year}-01-01`, to: `${year + 1}-01-01` };

/**
 * POST /exports: the four files parsed back with a CSV parser and reconciled with the ledgers to
 * the cent, the Excel variant, CSV injection, who may export what, every refusal before the first
 * byte, API tokens, and a reader that goes away mid-file.
 */
describe('billing exports', () => {
  let server: TestServer;
  let fixtures: Fixtures;
  let world: BillingWorld;
  let payingClient: Organization;
  let payingClientLr: User;
  let formerClient: Organization;
  const sessions = new Map<string, GraphQLTestClient>();

  beforeAll(async () => {
    server = await startTestServer({ OUTBOX_WORKER: 'false' });
    fixtures = new Fixtures(server.dataSource);
    await server.reset();
    world = await seedBillingWorld(fixtures, server.dataSource);
    // The client pays for itself here (the partner gets cashback and rebates); its name and product tempt a spreadsheet.
    payingClient = await fixtures.organization({ name: '=HYPERLINK("http://evil.test","Paying")' });
    payingClientLr = await fixtures.user({ email: 'lr@paying.test', displayName: '@Paying Person' });
    await fixtures.membership(payingClientLr, payingClient, 'LEGAL_RESPONSIBLE');
    const [payingProduct] = await fixtures.products(payingClient, 1);
    await server.dataSource.query(`UPDATE product SET name = '+SUM(A1:A9)', public_price_minor = 9990 WHERE id = $1`, [payingProduct.id]);
    formerClient = await fixtures.organization({ name: 'Former Client AG' });
    await fixtures.partnership(world.client, world.partner, { access: 'COMPLETE', billingOwner: 'PARTNER' });
    await fixtures.partnership(payingClient, world.partner, { access: 'COMPLETE', billingOwner: 'CLIENT' });
    await fixtures.partnership(formerClient, world.partner, { status: 'TERMINATED', access: 'COMPLETE', billingOwner: 'CLIENT' });
    for (const org of [world.client, world.partner, payingClient]) await fund(server.dataSource, org, 1_000_000);

    const [partnerLr, clientLr, payingLr] = await Promise.all([signIn('lr@partner.test'), signIn('lr@client.test'), signIn('lr@paying.test')]);
    const order = async (person: GraphQLTestClient, organizationId: string, productId: string) =>
      person.data(PLACE_ORDER, { input: { organizationId, kind: 'RENEWAL', productId, idempotencyKey: key() } });
    await order(partnerLr, world.client.id, world.products[0].id); // the partner orders and pays: reseller price
    await order(clientLr, world.client.id, world.products[1].id); // the client orders, the partner pays: reimbursement
    await order(partnerLr, payingClient.id, payingProduct.id); // the partner orders, the client pays: cashback
    await order(payingLr, payingClient.id, payingProduct.id); // the client orders and pays: rebate
  });
  afterAll(() => server.close());

  async function signIn(email: string): Promise<GraphQLTestClient> {
    let session = sessions.get(email);
    if (!session) {
      session = server.client();
      const response = await session.login(email, PASSWORD);
      if (response.errors) throw new Error(JSON.stringify(response.errors));
      sessions.set(email, session);
    }
    return session;
  }

  const exportAs = (caller: ExportCaller, body: Record<string, unknown>, headers?: Record<string, string>) =>
    postExport(server.url, caller, { format: 'CSV', ...PERIOD, ...body }, { headers });

  async function file(caller: ExportCaller, organizationId: string, type: ExportType, extra: Record<string, unknown> = {}) {
    const answer = await exportAs(caller, { organizationId, type, ...extra });
    if (answer.status !== 200) throw new Error(`export ${type}: ${answer.status} ${answer.text}`);
    return { answer, ...parseCsv(answer.text) };
  }

  const ledger = async (organizationId: string, kind: string): Promise<number> =>
    Number((await server.dataSource.query(`SELECT coalesce(sum(amount_minor), 0) AS s FROM wallet_entry WHERE organization_id = $1 AND kind = $2`, [organizationId, kind]))[0].s);
  const sum = (rows: Record<string, string>[], column: string) => rows.reduce((total, row) => total + minor(row[column]), 0);

  describe('the files, reconciled with the ledgers', () => {
    it("the partner's invoices: only those it paid, one row per line, totals equal to its order payments to the cent", async () => {
      const { answer, headers, rows } = await file(await signIn('lr@partner.test'), world.partner.id, 'INVOICES');
      expect(answer.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(answer.headers.get('content-disposition')).toBe(`attachment; filename="partner-gmbh-invoices-${PERIOD.from}_${PERIOD.to}.csv"`);
      expect(headers).toEqual(exportHeaders('INVOICES'));
      expect(rows).toHaveLength(2);
      expect(new Set(rows.map((r) => r['Client ID']))).toEqual(new Set([world.client.id]));
      expect(rows.every((r) => r['Payer ID'] === world.partner.id)).toBe(true);
      expect(sum(rows, 'Total')).toBe(-(await ledger(world.partner.id, 'ORDER_PAYMENT')));
      for (const row of rows) {
        expect(minor(row['Net']) + minor(row['VAT'])).toBe(minor(row['Total']));
        expect(row['VAT rate (%)']).toBe('8.10');
        expect(row['Invoice date']).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
        expect(row['Period start']).toBe('2027-01-31');
        expect(row['Period end']).toBe('2028-01-31');
        expect(row).toMatchObject({ Currency: 'CHF', Category: 'WEB_HOSTING', 'VAT treatment': 'SWISS_VAT', Quantity: '1', Line: '1' });
      }
    });

    it("the client's own invoices: what it paid, never what its partner paid for it", async () => {
      const mine = await file(await signIn('lr@paying.test'), payingClient.id, 'INVOICES');
      expect(mine.rows).toHaveLength(2);
      expect(sum(mine.rows, 'Total')).toBe(-(await ledger(payingClient.id, 'ORDER_PAYMENT')));
      const managed = await file(await signIn('lr@client.test'), world.client.id, 'INVOICES');
      expect(managed.rows).toEqual([]);
      expect(managed.headers).toEqual(exportHeaders('INVOICES'));
    });

    it('commissions: every kind, summing to what the ledger credited', async () => {
      const { headers, rows } = await file(await signIn('lr@partner.test'), world.partner.id, 'COMMISSIONS');
      expect(headers).toEqual(exportHeaders('COMMISSIONS'));
      expect(rows.map((r) => r['Kind']).sort()).toEqual(['CASHBACK', 'REBATE', 'REIMBURSEMENT']);
      expect(sum(rows, 'Commission')).toBe(await ledger(world.partner.id, 'COMMISSION'));
      for (const row of rows) expect(row['Rate (%)']).toMatch(/^\d+\.\d{2}$/);
    });

    it('orders: the partner the ones it placed, the client its own, with the pricing case and whom it charged', async () => {
      const partner = await file(await signIn('lr@partner.test'), world.partner.id, 'ORDERS');
      expect(partner.headers).toEqual(exportHeaders('ORDERS'));
      expect(partner.rows.map((r) => r['Pricing']).sort()).toEqual(['PARTNER_FOR_PAYING_CLIENT', 'PARTNER_PAYS_PARTNER_ORDER']);
      expect(partner.rows.every((r) => r['Placed by partner ID'] === world.partner.id)).toBe(true);
      const cashback = partner.rows.find((r) => r['Pricing'] === 'PARTNER_FOR_PAYING_CLIENT') as Record<string, string>;
      expect(cashback['Charged to ID']).toBe(payingClient.id);
      expect(minor(cashback['Charged'])).toBe(minor(cashback['Net']) + minor(cashback['VAT']));
      const client = await file(await signIn('lr@paying.test'), payingClient.id, 'ORDERS');
      expect(client.rows).toHaveLength(2);
      expect(sum(client.rows, 'Charged')).toBe(-(await ledger(payingClient.id, 'ORDER_PAYMENT')));
    });

    it("wallet movements: the ledger in order, amounts summing to the balance, negative amounts left as numbers", async () => {
      const { headers, rows } = await file(await signIn('lr@partner.test'), world.partner.id, 'WALLET_MOVEMENTS');
      expect(headers).toEqual(exportHeaders('WALLET_MOVEMENTS'));
      const [{ balance_minor }] = await server.dataSource.query(`SELECT balance_minor FROM wallet WHERE organization_id = $1`, [world.partner.id]);
      expect(sum(rows, 'Amount')).toBe(Number(balance_minor));
      expect(minor(rows[rows.length - 1]['Balance after'])).toBe(Number(balance_minor));
      expect(rows.filter((r) => r['Kind'] === 'ORDER_PAYMENT').every((r) => /^-\d+\.\d{2}$/.test(r['Amount']))).toBe(true);
    });

    it('selected clients: only their rows; the column lists are the documented ones, version 1', async () => {
      const partnerLr = await signIn('lr@partner.test');
      const one = await file(partnerLr, world.partner.id, 'COMMISSIONS', { clientIds: [payingClient.id] });
      expect(one.rows.map((r) => r['Kind']).sort()).toEqual(['CASHBACK', 'REBATE']);
      expect(one.rows.every((r) => r['Client ID'] === payingClient.id)).toBe(true);
      const movements = await file(partnerLr, world.partner.id, 'WALLET_MOVEMENTS', { clientIds: [world.client.id] });
      expect(movements.rows.map((r) => r['Kind']).sort()).toEqual(['COMMISSION', 'ORDER_PAYMENT', 'ORDER_PAYMENT']);
      for (const type of ['INVOICES', 'ORDERS', 'COMMISSIONS', 'WALLET_MOVEMENTS'] as const) expect(EXPORT_COLUMNS[type].version).toBe(1);
    });
  });

  describe('formats', () => {
    it("CSV for Excel: a BOM, ';' and the decimal separator of the locale (body, else Accept-Language); the header row in the locale's language", async () => {
      const partnerLr = await signIn('lr@partner.test');
      const french = await exportAs(partnerLr, { organizationId: world.partner.id, type: 'INVOICES', format: 'CSV_EXCEL', locale: 'fr-CH' });
      expect(french.status).toBe(200);
      expect(french.text.charCodeAt(0)).toBe(0xfeff);
      expect(french.bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
      const parsed = parseCsv(french.text, ';');
      expect(parsed.headers).toHaveLength(exportHeaders('INVOICES').length);
      expect(parsed.headers.slice(0, 3)).toEqual(['ID facture', 'Numéro de facture', 'Date de facture']);
      expect(parsed.rows[0]['Taux de TVA (%)']).toBe('8,10');
      expect(parsed.rows.every((r) => /^\d+,\d{2}$/.test(r['Total']))).toBe(true);
      const plain = parseCsv((await exportAs(partnerLr, { organizationId: world.partner.id, type: 'INVOICES' })).text);
      expect(plain.headers).toEqual(exportHeaders('INVOICES'));
      expect(parsed.rows.map((r) => minor(r['Total'], ','))).toEqual(plain.rows.map((r) => minor(r['Total'])));

      const german = await exportAs(partnerLr, { organizationId: world.partner.id, type: 'INVOICES', format: 'CSV_EXCEL' }, { 'accept-language': 'de-DE,de;q=0.9,en;q=0.5' });
      expect(parseCsv(german.text, ';').rows[0]['MWST-Satz (%)']).toBe('8,10');
      const swiss = await exportAs(partnerLr, { organizationId: world.partner.id, type: 'INVOICES', format: 'CSV_EXCEL' }, { 'accept-language': 'de-CH' });
      expect(parseCsv(swiss.text, ';').rows[0]['MWST-Satz (%)']).toBe('8.10');
    });

    it('CSV injection: text cells starting with = + - @ are prefixed with a quote; amounts stay numbers', async () => {
      const { rows } = await file(await signIn('lr@paying.test'), payingClient.id, 'ORDERS');
      for (const row of rows) {
        expect(row['Client']).toBe(`'=HYPERLINK("http://evil.test","Paying")`);
        expect(row['Product']).toBe(`'+SUM(A1:A9)`);
      }
      expect(rows.map((r) => r['Placed by']).sort()).toEqual(["'@Paying Person", 'Paul Partner']);
      const movements = await file(await signIn('lr@paying.test'), payingClient.id, 'WALLET_MOVEMENTS');
      expect(movements.rows.some((r) => r['Amount'].startsWith('-') && !r['Amount'].startsWith("'"))).toBe(true);
      // Tab and carriage return too, and a quote or a line break inside a cell is quoted, not broken.
      await server.dataSource.query(`UPDATE wallet_entry SET description = E'\\tTab' || E'\\n"quoted"' WHERE organization_id = $1 AND kind = 'TOP_UP'`, [payingClient.id]);
      await server.dataSource.query(`UPDATE commission SET client_name = E'\\rReturn' WHERE client_organization_id = $1`, [payingClient.id]);
      const again = await file(await signIn('lr@paying.test'), payingClient.id, 'WALLET_MOVEMENTS');
      expect(again.rows.find((r) => r['Kind'] === 'TOP_UP')?.['Description']).toBe(`'\tTab\n"quoted"`);
      const commissions = await file(await signIn('lr@partner.test'), world.partner.id, 'COMMISSIONS', { clientIds: [payingClient.id] });
      expect(commissions.rows.every((r) => r['Client'] === `'\rReturn`)).toBe(true);
    });
  });

  describe('refusals, each before the first byte, as coded JSON', () => {
    const good = () => ({ organizationId: world.partner.id, type: 'INVOICES', format: 'CSV', ...PERIOD });
    const expectRefusal = (answer: Awaited<ReturnType<typeof postExport>>, status: number, code: string, field?: string) => {
      expect({ status: answer.status, code: answer.json?.code, field: answer.json?.field }).toEqual({ status, code, field });
      expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
      expect(answer.headers.get('content-disposition')).toBeNull();
      expect(answer.json?.message).toEqual(expect.any(String));
    };

    it.each([
      ['a period ending before it starts', { from: `${year}-03-01`, to: `${year}-02-01` }, 'to'],
      ['an empty period', { from: `${year}-03-01`, to: `${year}-03-01` }, 'to'],
      ['more than 24 months', { from: `${year - 2}-01-01`, to: `${year}-01-02` }, 'to'],
      ['a day that does not exist', { from: `${year}-02-30` }, 'from'],
      ['a date with a time', { to: `${year}-12-01T00:00:00Z` }, 'to'],
      ['an unknown type', { type: 'PAYSLIPS' }, 'type'],
      ['an unknown format', { format: 'XLSX' }, 'format'],
      ['an organization id that is no id', { organizationId: 'acme' }, 'organizationId'],
      ['a client id that is no id', { clientIds: ['nope'] }, 'clientIds.0'],
      ['an empty client list', { clientIds: [] }, 'clientIds'],
      ['a locale that is no language tag', { locale: 'not a locale!' }, 'locale'],
      ['an unknown field', { organisationId: 'x' }, 'organisationId'],
    ])('%s: 400 BAD_USER_INPUT naming the field', async (_what, change, field) => {
      expectRefusal(await postExport(server.url, await signIn('lr@partner.test'), { ...good(), ...change }), 400, 'BAD_USER_INPUT', field);
    });

    it('a body that is not JSON, and a form post (CSRF): 400', async () => {
      const partnerLr = await signIn('lr@partner.test');
      expectRefusal(await postExport(server.url, partnerLr, null, { raw: '{"organizationId":' }), 400, 'BAD_USER_INPUT', 'body');
      const form = await postExport(server.url, partnerLr, null, { raw: 'organizationId=x', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
      expectRefusal(form, 400, 'BAD_REQUEST');
      const plain = await postExport(server.url, partnerLr, null, { raw: JSON.stringify(good()), headers: { 'content-type': 'text/plain' } });
      expectRefusal(plain, 400, 'BAD_REQUEST');
    });

    it('nobody signed in: 401', async () => {
      expectRefusal(await postExport(server.url, null, good()), 401, 'UNAUTHENTICATED');
    });

    it("out of reach: another tenant's organization, a partner's USER, a client's USER, an organization's partner (not its billing): 404 like a missing row", async () => {
      const missing = await postExport(server.url, await signIn('lr@partner.test'), { ...good(), organizationId: '00000000-0000-4000-8000-000000000000' });
      expectRefusal(missing, 404, 'NOT_FOUND', 'organizationId');
      const outsider = await postExport(server.url, await signIn('someone@outsider.test'), good());
      expectRefusal(outsider, 404, 'NOT_FOUND', 'organizationId');
      expect(outsider.json?.message).toBe(missing.json?.message);
      expectRefusal(await postExport(server.url, await signIn('user@partner.test'), good()), 404, 'NOT_FOUND', 'organizationId');
      expectRefusal(await postExport(server.url, await signIn('user@client.test'), { ...good(), organizationId: world.client.id }), 404, 'NOT_FOUND', 'organizationId');
      expectRefusal(await postExport(server.url, await signIn('external@partner.test'), good()), 404, 'NOT_FOUND', 'organizationId');
      // The partner reaches its client, but a client's billing is read by the client's own people only.
      expectRefusal(await postExport(server.url, await signIn('lr@partner.test'), { ...good(), organizationId: world.client.id }), 404, 'NOT_FOUND', 'organizationId');
    });

    it('clients that are not managed (any more), or of another tenant: 404 naming the item', async () => {
      const partnerLr = await signIn('lr@partner.test');
      for (const clientIds of [[formerClient.id], [world.client.id, world.outsiderOrg.id], [world.partner.id]]) {
        expectRefusal(await postExport(server.url, partnerLr, { ...good(), clientIds }), 404, 'NOT_FOUND', `clientIds.${clientIds.length - 1}`);
      }
      // A client exporting its own history names no clients: it manages none.
      expectRefusal(await postExport(server.url, await signIn('lr@paying.test'), { ...good(), organizationId: payingClient.id, clientIds: [payingClient.id] }), 404, 'NOT_FOUND', 'clientIds.0');
    });
  });

  describe('API tokens', () => {
    const tokenInput = (scopes: { resource: string; level: string }[], extra: Record<string, unknown> = {}) => ({
      organizationId: world.partner.id, kind: 'ORGANIZATION', name: `Accounting ${key()}`, password: PASSWORD, scopes, ...extra,
    });

    it('with the EXPORTS scope and the scope of what it exports: the same file as the person; without either: 404', async () => {
      const partnerLr = await signIn('lr@partner.test');
      const both = await createToken(partnerLr, tokenInput([{ resource: 'EXPORTS', level: 'READ' }, { resource: 'INVOICES', level: 'READ' }]));
      const byToken = await exportAs({ token: both.secret }, { organizationId: world.partner.id, type: 'INVOICES' });
      expect(byToken.status).toBe(200);
      expect(byToken.text).toBe((await exportAs(partnerLr, { organizationId: world.partner.id, type: 'INVOICES' })).text);
      expect(byToken.headers.get('ratelimit-remaining')).toEqual(expect.any(String));
      // EXPORTS without COMMISSIONS does not open commissions.
      expect((await exportAs({ token: both.secret }, { organizationId: world.partner.id, type: 'COMMISSIONS' })).status).toBe(404);
      const noExports = await createToken(partnerLr, tokenInput([{ resource: 'INVOICES', level: 'READ' }]));
      const refused = await exportAs({ token: noExports.secret }, { organizationId: world.partner.id, type: 'INVOICES' });
      expect({ status: refused.status, code: refused.json?.code }).toEqual({ status: 404, code: 'NOT_FOUND' });
      // A token that selected one client cannot name another.
      const selected = await createToken(
        partnerLr,
        tokenInput([{ resource: 'EXPORTS', level: 'READ' }, { resource: 'COMMISSIONS', level: 'READ' }], { clientSelection: 'SELECTED', clientOrganizationIds: [world.client.id] }),
      );
      expect((await exportAs({ token: selected.secret }, { organizationId: world.partner.id, type: 'COMMISSIONS', clientIds: [world.client.id] })).status).toBe(200);
      const other = await exportAs({ token: selected.secret }, { organizationId: world.partner.id, type: 'COMMISSIONS', clientIds: [payingClient.id] });
      expect({ status: other.status, field: other.json?.field }).toEqual({ status: 404, field: 'clientIds.0' });
    });

    it('a malformed token: 401 with WWW-Authenticate; a token and a cookie together: 400', async () => {
      const bad = await exportAs({ token: 'mgro_notatoken' }, { organizationId: world.partner.id, type: 'INVOICES' });
      expect({ status: bad.status, code: bad.json?.code }).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
      expect(bad.headers.get('www-authenticate')).toMatch(/^Bearer/);
      const both = await postExport(server.url, await signIn('lr@partner.test'), { ...PERIOD, organizationId: world.partner.id, type: 'INVOICES', format: 'CSV' }, { headers: { authorization: 'Bearer mgro_x' } });
      expect(both.status).toBe(400);
    });
  });

  describe('streaming', () => {
    it('a reader that goes away mid-file: the COPY is cancelled and its connection released', async () => {
      const partnerLr = await signIn('lr@partner.test');
      await writeBulkInvoices(server.dataSource, {
        payerOrganizationId: world.partner.id, payerName: 'Partner GmbH', placedByUserId: world.partnerLr.id,
        clientIds: [world.client.id], lines: 60_000, from: new Date(Date.UTC(year, 0, 1)), days: 300,
      });
      const exportsRunning = async () =>
        Number((await server.dataSource.query(`SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'COPY (SELECT%'`))[0].n);
      const abort = new AbortController();
      const response = await fetch(`${server.url}/exports`, {
        method: 'POST',
        signal: abort.signal,
        headers: { 'content-type': 'application/json', cookie: [...partnerLr.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
        body: JSON.stringify({ organizationId: world.partner.id, type: 'INVOICES', format: 'CSV', ...PERIOD }),
      });
      expect(response.status).toBe(200);
      const reader = (response.body as ReadableStream<Uint8Array>).getReader();
      const first = await reader.read();
      expect(Buffer.from(first.value as Uint8Array).toString('utf8')).toMatch(/^Invoice ID,Invoice number,/);
      // The file is far larger than the buffers in between: the COPY is still running, held by backpressure.
      expect(await exportsRunning()).toBe(1);
      abort.abort();
      const deadline = Date.now() + 5_000;
      while ((await exportsRunning()) > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(await exportsRunning()).toBe(0);
      // The pool still works, and a whole file still streams to the end.
      const whole = await exportAs(partnerLr, { organizationId: world.partner.id, type: 'INVOICES', clientIds: [world.client.id] });
      expect(parseCsv(whole.text).rows).toHaveLength(60_002);
    });
  });
});
