import { CURRENT_TERMS_VERSION } from '@manager/domain';
import { seedDemoData } from '@manager/demo-seed';
import { startTestServer, type TestServer } from './support/test-server';

const TRAIL = `query($id: ID!) { organization(id: $id) { auditTrail(first: 50) { edges { node { actorName action summary } } } } }`;
const LEDGER = `query($id: ID!) { organization(id: $id) { wallet { entries(first: 10) { edges { node { kind description } } } } } }`;

/** The demo organizations' activity tells what the seed made, as if their people had done it in the app. */
describe('demo seed activity', () => {
  let server: TestServer;
  const ids = new Map<string, string>();
  beforeAll(async () => {
    server = await startTestServer({ OUTBOX_WORKER: 'false' });
    expect(await seedDemoData(server.dataSource)).toBe(true);
    for (const row of await server.dataSource.query(`SELECT id, name FROM organization`)) ids.set(row.name, row.id);
  });
  afterAll(() => server.close());

  async function trailOf(email: string, organization: string): Promise<{ actorName: string; action: string; summary: string }[]> {
    const reader = server.client();
    expect((await reader.login(email, 'demo-password')).errors).toBeUndefined();
    const data = await reader.data(TRAIL, { id: ids.get(organization) });
    return data.organization.auditTrail.edges.map((e: any) => e.node);
  }

  it("Léa Rossi's activity: created, terms, address, her administrator, the partner invited and accepting, the opening balance", async () => {
    expect(await trailOf('lea@lea-rossi.photo', 'Léa Rossi')).toEqual(
      [
        ['Léa Rossi', 'organization.created', 'Created the organization "Léa Rossi" (individual in Switzerland)'],
        ['Léa Rossi', 'terms.accepted', `Accepted the general terms of use, version ${CURRENT_TERMS_VERSION}`],
        ['Léa Rossi', 'billing_address.added', 'Added the billing address "Rue du Marché 4, 1204 Genève, CH" (default)'],
        ['Paul Meier', 'member.joined', 'Paul Meier joined as Administrator (invited by Léa Rossi)'],
        ['Léa Rossi', 'partnership.invited', 'Invited Pixel Partners to manage the organization with limited access to 2 products'],
        ['Paul Meier', 'partnership.accepted', 'The partner accepted the invitation: Pixel Partners now has limited access to 2 products'],
        ['Léa Rossi', 'wallet.topped_up', 'Wallet top-up of CHF 500.00 (balance CHF 500.00)'],
      ]
        .reverse()
        .map(([actorName, action, summary]) => ({ actorName, action, summary })),
    );
  });

  it("the partner's activity words the same partnerships from its side, and an external member's products are in the client's", async () => {
    const pixel = (await trailOf('paul@pixel-partners.ch', 'Pixel Partners Sàrl')).map((e) => e.summary);
    expect(pixel).toEqual(
      expect.arrayContaining([
        'Léa Rossi invited the organization to manage it with limited access to 2 products',
        'Accepted the invitation: Pixel Partners now has limited access to 2 products to Léa Rossi',
        'Boulangerie Martin SAS invited the organization to manage it with complete access (the client pays)',
        'Sara Rochat joined as Administrator (invited by Paul Meier)',
      ]),
    );
    const muller = (await trailOf('alice@muller-chocolat.ch', 'Chocolaterie Müller AG')).map((e) => e.summary);
    expect(muller).toEqual(
      expect.arrayContaining(['Paul Meier joined as External (invited by Alice Müller)', 'Set the products Paul Meier (External) sees: 2 products']),
    );
    expect(muller[muller.length - 1]).toBe('Created the organization "Chocolaterie Müller AG" (company in Switzerland)');
  });

  it('every demo organization has a trail, and its ledger opens with a balance, not a demo word', async () => {
    const counts: { name: string; events: number }[] = await server.dataSource.query(
      `SELECT o.name, (SELECT count(*)::int FROM audit_event e WHERE e.organization_id = o.id) AS events FROM organization o ORDER BY o.name`,
    );
    for (const row of counts) expect(row.events).toBeGreaterThanOrEqual(4);
    const camille = server.client();
    expect((await camille.login('camille@boulangerie-martin.fr', 'demo-password')).errors).toBeUndefined();
    const data = await camille.data(LEDGER, { id: ids.get('Boulangerie Martin SAS') });
    expect(data.organization.wallet.entries.edges.length).toBeGreaterThan(0);
    // The oldest movement of every ledger is its opening balance, at the start of the history.
    const first: { description: string; kind: string }[] = await server.dataSource.query(
      `SELECT DISTINCT ON (organization_id) description, kind FROM wallet_entry ORDER BY organization_id, position`,
    );
    expect(new Set(first.map((e) => `${e.kind} ${e.description}`))).toEqual(new Set(['TOP_UP Opening balance']));
  });

  it('a past of 18 months: every VAT treatment, pricing case and commission kind, a switch of who pays, an ended partnership, 300 managed clients', async () => {
    const db = server.dataSource;
    const [span] = await db.query(`SELECT count(DISTINCT date_trunc('month', created_at))::int AS months, count(*)::int AS orders FROM customer_order`);
    expect(span.months).toBeGreaterThanOrEqual(17);
    expect(span.orders).toBeGreaterThan(600);
    const values = async (sql: string) => (await db.query(sql)).map((row: { v: string }) => row.v).sort();
    expect(await values(`SELECT DISTINCT vat_treatment AS v FROM invoice`)).toEqual(['EU_CONSUMER_VAT', 'REVERSE_CHARGE', 'SWISS_VAT']);
    expect(await values(`SELECT DISTINCT pricing AS v FROM customer_order`)).toEqual(['CLIENT_DIRECT', 'PARTNER_FOR_PAYING_CLIENT', 'PARTNER_PAYS_CLIENT_ORDER', 'PARTNER_PAYS_PARTNER_ORDER']);
    expect(await values(`SELECT DISTINCT kind AS v FROM commission`)).toEqual(['CASHBACK', 'REBATE', 'REIMBURSEMENT']);
    // Atelier Dubois: the client paid, then its partner (and the trail says when it changed).
    const dubois = await values(`SELECT DISTINCT o.payer_organization_id = o.client_organization_id AS v FROM customer_order o JOIN organization c ON c.id = o.client_organization_id WHERE c.name = 'Atelier Dubois Sàrl'`);
    expect(dubois).toEqual([false, true]);
    expect(await values(`SELECT action AS v FROM audit_event WHERE action = 'partnership.billing_owner_changed' LIMIT 1`)).toEqual(['partnership.billing_owner_changed']);
    // Garage Favre: Pixel paid while it managed the garage; the partnership ended; orders since are the garage's own.
    const [favre] = await db.query(
      `SELECT ps.status, ps.ended_at,
              (SELECT count(*)::int FROM customer_order o WHERE o.client_organization_id = c.id AND o.payer_organization_id = ps.partner_organization_id AND o.created_at < ps.ended_at) AS paid_by_partner,
              (SELECT count(*)::int FROM customer_order o WHERE o.client_organization_id = c.id AND o.created_at > ps.ended_at AND o.payer_organization_id <> c.id) AS paid_by_partner_after
       FROM organization c JOIN partnership ps ON ps.client_organization_id = c.id WHERE c.name = 'Garage Favre SA'`,
    );
    expect(favre).toMatchObject({ status: 'TERMINATED', paid_by_partner_after: 0 });
    expect(favre.paid_by_partner).toBeGreaterThan(3);
    const nina = server.client();
    expect((await nina.login('nina@alpine-web.ch', 'demo-password')).errors).toBeUndefined();
    const managed = await nina.data(`query($id: ID!) { managedClients(partnerOrganizationId: $id, first: 20) { totalCount } }`, { id: ids.get('Alpine Web Collective AG') });
    expect(managed.managedClients.totalCount).toBe(300);
  });

  it('the ledgers reconcile: balances, chains of balances-after, invoices and their numbers', async () => {
    const db = server.dataSource;
    const wallets: { balance: string; ledger: string; negative: boolean; broken: number }[] = await db.query(`
      SELECT w.balance_minor AS balance, coalesce(sum(e.amount_minor), 0) AS ledger, bool_or(e.balance_after_minor < 0) AS negative,
             count(*) FILTER (WHERE e.balance_after_minor <> e.running)::int AS broken
      FROM wallet w LEFT JOIN (SELECT organization_id, amount_minor, balance_after_minor,
                                      sum(amount_minor) OVER (PARTITION BY organization_id ORDER BY position) AS running FROM wallet_entry) e
        ON e.organization_id = w.organization_id
      GROUP BY w.organization_id, w.balance_minor`);
    for (const wallet of wallets) expect({ ...wallet, balance: Number(wallet.balance), ledger: Number(wallet.ledger) }).toEqual({ balance: Number(wallet.ledger), ledger: Number(wallet.ledger), negative: false, broken: 0 });
    const [invoices] = await db.query(`
      SELECT count(*)::int AS n,
             count(*) FILTER (WHERE i.total_minor <> i.subtotal_minor + i.vat_minor
               OR i.subtotal_minor <> (SELECT sum(l.amount_minor) FROM invoice_line l WHERE l.invoice_id = i.id)
               OR i.total_minor <> -(SELECT e.amount_minor FROM wallet_entry e WHERE e.order_id = i.order_id AND e.kind = 'ORDER_PAYMENT'))::int AS wrong,
             (SELECT count(*)::int FROM (SELECT year, max(sequence) AS top, count(*) AS n FROM invoice GROUP BY year) y
               LEFT JOIN invoice_counter c ON c.year = y.year WHERE y.top <> y.n OR c.last_sequence IS DISTINCT FROM y.top) AS gaps
      FROM invoice i`);
    expect(invoices).toEqual({ n: expect.any(Number), wrong: 0, gaps: 0 });
    expect(invoices.n).toBeGreaterThan(600);
    const [commissions] = await db.query(`
      SELECT count(*) FILTER (WHERE c.amount_minor <> e.amount_minor OR e.organization_id <> c.partner_organization_id)::int AS wrong
      FROM commission c JOIN wallet_entry e ON e.order_id = c.order_id AND e.kind = 'COMMISSION'`);
    expect(commissions.wrong).toBe(0);
  });
});
