import { randomUUID } from 'node:crypto';
import type { Organization } from '@manager/api-organizations';
import { party, writeOrders } from './support/billing';
import { Fixtures, PASSWORD } from './support/fixtures';
import { errorCode, type GraphQLTestClient } from './support/graphql-client';
import { startTestServer, type TestServer } from './support/test-server';

const RATES = { resellerDiscountBp: 1500, commissionBp: 1000 };
const SPENDING = `query($id: ID!, $from: DateTimeISO, $to: DateTimeISO) { organization(id: $id) {
  spendingByMonth(from: $from, to: $to) { month invoiceCount net { amountMinor currency } vat { amountMinor } total { amountMinor currency } }
  invoices(first: 50) { edges { node { issuedAt total { amountMinor } } } }
} }`;

/** Organization.spendingByMonth: the Billing page's chart, the same invoices and policy as Organization.invoices. */
describe('billing read side: spending per month', () => {
  let server: TestServer;
  let fixtures: Fixtures;
  let client: Organization;
  let partner: Organization;
  const people: Record<string, string> = {};

  beforeAll(async () => {
    server = await startTestServer({ OUTBOX_WORKER: 'false' });
    fixtures = new Fixtures(server.dataSource);
  });
  afterAll(() => server.close());

  beforeEach(async () => {
    await server.reset();
    client = await fixtures.organization({ name: 'Chocolaterie Client AG', country: 'CH', currency: 'CHF' });
    partner = await fixtures.organization({ name: 'Agence Partenaire SARL', country: 'FR', currency: 'CHF', vatNumber: 'FR40303265045' });
    const outsider = await fixtures.organization({ name: 'Outsider GmbH' });
    await fixtures.partnerProfile(partner, { publicName: 'Agence Partenaire', ...RATES });
    for (const [key, org, role] of [
      ['clientLr', client, 'LEGAL_RESPONSIBLE'], ['clientUser', client, 'USER'],
      ['partnerLr', partner, 'LEGAL_RESPONSIBLE'], ['outsider', outsider, 'LEGAL_RESPONSIBLE'],
    ] as const) {
      const user = await fixtures.user({ email: `${key.toLowerCase()}@spending.test`, displayName: key });
      await fixtures.membership(user, org, role);
      people[key] = user.id;
    }
    await fixtures.products(client, 3);
    await fixtures.partnership(client, partner, { access: 'COMPLETE', billingOwner: 'CLIENT' });
    const rated = { ...party(partner), rates: RATES };
    const order = (publicPriceMinor: number, createdAt: Date, payer: Organization) => ({
      id: randomUUID(), client: party(client), payer: party(payer), placedBy: { userId: people.clientLr, name: 'clientLr' }, placedByPartner: null,
      payingPartner: payer === partner ? rated : null, rebatePartner: payer === client ? rated : null, publicPriceMinor, productName: 'Mail', createdAt,
    });
    await writeOrders(server.dataSource, [
      // Two in January (one at the last millisecond of the month, UTC), one in March; February has none.
      order(2_000, new Date(Date.UTC(2026, 0, 3, 10)), client),
      order(10_000, new Date(Date.UTC(2026, 0, 31, 23, 59, 59, 999)), client),
      order(5_000, new Date(Date.UTC(2026, 2, 1, 0, 0, 0)), client),
      // Paid by the partner: its spending, never the client's.
      order(4_000, new Date(Date.UTC(2026, 0, 10)), partner),
    ]);
  });

  const as = async (key: string): Promise<GraphQLTestClient> => {
    const c = server.client();
    const response = await c.login(`${key.toLowerCase()}@spending.test`, PASSWORD);
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    return c;
  };

  it("adds up the payer's invoices per UTC month, oldest first, to the cent of its invoice list", async () => {
    const org = (await (await as('clientLr')).data(SPENDING, { id: client.id })).organization;
    expect(org.spendingByMonth.map((m: any) => [m.month, m.invoiceCount])).toEqual([['2026-01', 2], ['2026-03', 1]]);
    // Swiss VAT 8.1 %: 20.00 + 1.62 and 100.00 + 8.10.
    expect(org.spendingByMonth[0]).toMatchObject({ net: { amountMinor: 12_000, currency: 'CHF' }, vat: { amountMinor: 972 }, total: { amountMinor: 12_972, currency: 'CHF' } });
    const listed = org.invoices.edges.reduce((sum: number, e: any) => sum + e.node.total.amountMinor, 0);
    expect(org.spendingByMonth.reduce((sum: number, m: any) => sum + m.total.amountMinor, 0)).toBe(listed);
  });

  it('takes the period as [from, to)', async () => {
    const lr = await as('clientLr');
    const march = (await lr.data(SPENDING, { id: client.id, from: '2026-02-01T00:00:00Z', to: '2026-03-01T00:00:00Z' })).organization;
    expect(march.spendingByMonth).toEqual([]);
    const fromMarch = (await lr.data(SPENDING, { id: client.id, from: '2026-03-01T00:00:00Z' })).organization;
    expect(fromMarch.spendingByMonth.map((m: any) => m.month)).toEqual(['2026-03']);
    const bad = await lr.request(SPENDING, { id: client.id, from: '2026-03-01T00:00:00Z', to: '2026-03-01T00:00:00Z' });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.extensions?.['field']).toBe('to');
  });

  it("the partner's spending is what it paid; it reads none of the client's, nor does the client's USER", async () => {
    const partnerLr = await as('partnerLr');
    const own = (await partnerLr.data(SPENDING, { id: partner.id })).organization;
    expect(own.spendingByMonth.map((m: any) => [m.month, m.total.amountMinor])).toEqual([['2026-01', 4_000]]);
    const inClient = (await partnerLr.data(SPENDING, { id: client.id })).organization;
    expect(inClient.spendingByMonth).toEqual([]);
    const user = (await (await as('clientUser')).data(SPENDING, { id: client.id })).organization;
    expect(user.spendingByMonth).toEqual([]);
    expect(errorCode(await (await as('outsider')).request(SPENDING, { id: client.id }))).toBe('NOT_FOUND');
  });
});
