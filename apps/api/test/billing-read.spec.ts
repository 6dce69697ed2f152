import { randomUUID } from 'node:crypto';
import type { Organization } from '@manager/api-organizations';
import { party, writeOrders, type WrittenOrder } from './support/billing';
import { Fixtures, PASSWORD } from './support/fixtures';
import { errorCode, type GraphQLTestClient } from './support/graphql-client';
import { pdfText } from './support/pdf-text';
import { startTestServer, type TestServer } from './support/test-server';

const RATES = { resellerDiscountBp: 1500, commissionBp: 1000 };
const ORG_BILLING = `query($id: ID!) { organization(id: $id) {
  wallet { balance { amountMinor currency } entries(first: 10) { totalCount edges { node { kind amount { amountMinor } balanceAfter { amountMinor } orderId } } } }
  invoices(first: 10) { totalCount edges { node { id number organizationId clientOrganizationId vatTreatment vatRate vatNote total { amountMinor } pdfUrl } } }
  orders(first: 10) { totalCount edges { node { id pricing payerOrganizationId placedByPartnerName invoiceId net { amountMinor } } } }
  partnerRevenue { total { amountMinor } byClient { key label total { amountMinor } } byPeriod(period: YEAR) { key label total { amountMinor } }
    commissions(first: 10) { totalCount edges { node { id kind amount { amountMinor } rate base { amountMinor } } } } }
} }`;
const MANAGED_INVOICES = `query($id: ID!, $first: Int!) { managedClients(partnerOrganizationId: $id, first: $first) {
  edges { node { organization { id } invoices(first: 10) { number total { amountMinor } } } } } }`;

describe('billing read side: who sees invoices, wallets, orders and commissions', () => {
  let server: TestServer;
  let fixtures: Fixtures;
  let client: Organization;
  let partner: Organization;
  let orders: WrittenOrder[];
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
      ['clientLr', client, 'LEGAL_RESPONSIBLE'], ['clientAdmin', client, 'ADMIN'], ['clientUser', client, 'USER'], ['clientExternal', client, 'EXTERNAL'],
      ['partnerLr', partner, 'LEGAL_RESPONSIBLE'], ['partnerAdmin', partner, 'ADMIN'], ['partnerUser', partner, 'USER'], ['outsider', outsider, 'LEGAL_RESPONSIBLE'],
    ] as const) {
      const user = await fixtures.user({ email: `${key.toLowerCase()}@billing.test`, displayName: key });
      await fixtures.membership(user, org, role);
      people[key] = user.id;
    }
    await fixtures.products(client, 3);
    await fixtures.partnership(client, partner, { access: 'COMPLETE', billingOwner: 'PARTNER' });
    const rated = { ...party(partner), rates: RATES };
    const day = (d: number) => new Date(Date.UTC(2026, 0, d, 10));
    orders = await writeOrders(server.dataSource, [
      // The partner orders and pays (billing PARTNER): discounted price, reverse charge (French company with a VAT number).
      { id: randomUUID(), client: party(client), payer: party(partner), placedBy: { userId: people.partnerLr, name: 'partnerLr' }, placedByPartner: rated, payingPartner: rated, rebatePartner: null, publicPriceMinor: 10_000, productName: 'Web Hosting Pro', createdAt: day(2) },
      // The client orders, the partner pays: public price, reimbursement.
      { id: randomUUID(), client: party(client), payer: party(partner), placedBy: { userId: people.clientLr, name: 'clientLr' }, placedByPartner: null, payingPartner: rated, rebatePartner: null, publicPriceMinor: 5_000, productName: 'Domain .ch', createdAt: day(3) },
      // Earlier, while the client paid: its own invoice (Swiss VAT), and a rebate for the partner.
      { id: randomUUID(), client: party(client), payer: party(client), placedBy: { userId: people.clientLr, name: 'clientLr' }, placedByPartner: null, payingPartner: null, rebatePartner: rated, publicPriceMinor: 2_000, productName: 'Mail', createdAt: day(1) },
    ]);
  });

  const as = async (key: string): Promise<GraphQLTestClient> => {
    const c = server.client();
    const response = await c.login(`${key.toLowerCase()}@billing.test`, PASSWORD);
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    return c;
  };
  const [partnerPaidOrder, clientOrderPartnerPaid, clientPaidOrder] = [0, 1, 2].map((i) => () => orders[i]);
  const pdf = (c: GraphQLTestClient | null, invoiceId: string) =>
    fetch(`${server.url}/invoices/${invoiceId}.pdf`, { headers: c ? { cookie: [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } : {} });

  it('the partner reads the invoices it paid, in its organization and per managed client, never in the client organization', async () => {
    const lr = await as('partnerLr');
    const own = (await lr.data(ORG_BILLING, { id: partner.id })).organization;
    expect(own.invoices.edges.map((e: any) => e.node.id)).toEqual([clientOrderPartnerPaid().invoiceId, partnerPaidOrder().invoiceId]);
    expect(own.invoices.totalCount).toBe(2);
    expect(own.invoices.edges[1].node).toMatchObject({ vatTreatment: 'REVERSE_CHARGE', vatRate: 0, total: { amountMinor: 8_500 }, pdfUrl: `/invoices/${partnerPaidOrder().invoiceId}.pdf` });
    expect(own.invoices.edges[1].node.vatNote).toMatch(/Reverse charge/);
    expect(own.wallet.balance.amountMinor).toBe(own.wallet.entries.edges[0].node.balanceAfter.amountMinor);
    // Its revenue: the reimbursement (15 % of 50.00) and the rebate (10 % of 20.00).
    expect(own.partnerRevenue.total.amountMinor).toBe(750 + 200);
    expect(own.partnerRevenue.byClient).toEqual([{ key: client.id, label: client.name, total: { amountMinor: 950 } }]);
    expect(own.partnerRevenue.byPeriod).toEqual([{ key: '2026', label: '2026', total: { amountMinor: 950 } }]);
    expect(own.partnerRevenue.commissions.edges.map((e: any) => e.node.kind)).toEqual(['REIMBURSEMENT', 'REBATE']);
    expect(own.orders.totalCount).toBe(0); // orders for ITS products only

    const inClient = (await lr.data(ORG_BILLING, { id: client.id })).organization;
    expect(inClient.wallet).toBeNull();
    expect(inClient.invoices).toEqual({ totalCount: 0, edges: [] });
    expect(inClient.partnerRevenue).toBeNull();
    // The orders the partner placed in the client organization, without any invoice id (the partner's own invoice is read in its organization... and here the client's view).
    expect(inClient.orders.edges.map((e: any) => e.node.id)).toEqual([partnerPaidOrder().orderId]);

    const managed = await lr.data(MANAGED_INVOICES, { id: partner.id, first: 10 });
    expect(managed.managedClients.edges[0].node.invoices).toEqual([
      { number: clientOrderPartnerPaid().number, total: { amountMinor: 5_000 } },
      { number: partnerPaidOrder().number, total: { amountMinor: 8_500 } },
    ]);
    expect((await pdf(lr, partnerPaidOrder().invoiceId)).status).toBe(200);
    expect((await pdf(lr, clientPaidOrder().invoiceId)).status).toBe(404);
  });

  it("the partner's USER reaches the client but reads no billing; its invoices per client are []", async () => {
    const user = await as('partnerUser');
    const own = (await user.data(ORG_BILLING, { id: partner.id })).organization;
    expect([own.wallet, own.partnerRevenue, own.invoices.totalCount]).toEqual([null, null, 0]);
    const managed = await user.data(MANAGED_INVOICES, { id: partner.id, first: 10 });
    expect(managed.managedClients.edges[0].node.invoices).toEqual([]);
    expect((await pdf(user, partnerPaidOrder().invoiceId)).status).toBe(404);
  });

  it('the client reads only the invoices it paid; orders show an invoice id only to the payer', async () => {
    for (const key of ['clientLr', 'clientAdmin']) {
      const c = await as(key);
      const org = (await c.data(ORG_BILLING, { id: client.id })).organization;
      expect(org.invoices.edges.map((e: any) => e.node.id)).toEqual([clientPaidOrder().invoiceId]);
      expect(org.invoices.edges[0].node).toMatchObject({ vatTreatment: 'SWISS_VAT', vatRate: 0.081, total: { amountMinor: 2_162 } });
      expect(org.wallet.balance).toEqual({ amountMinor: 0, currency: 'CHF' });
      expect(org.partnerRevenue).toBeNull();
      const byId = Object.fromEntries(org.orders.edges.map((e: any) => [e.node.id, e.node]));
      expect(org.orders.totalCount).toBe(3);
      expect(byId[clientPaidOrder().orderId].invoiceId).toBe(clientPaidOrder().invoiceId);
      expect(byId[partnerPaidOrder().orderId]).toMatchObject({ invoiceId: null, payerOrganizationId: partner.id, pricing: 'PARTNER_PAYS_PARTNER_ORDER', placedByPartnerName: 'Agence Partenaire SARL' });
      expect(byId[clientOrderPartnerPaid().orderId]).toMatchObject({ invoiceId: null, pricing: 'PARTNER_PAYS_CLIENT_ORDER' });
      expect((await pdf(c, partnerPaidOrder().invoiceId)).status).toBe(404);
      expect((await pdf(c, clientPaidOrder().invoiceId)).status).toBe(200);
    }
    for (const key of ['clientUser', 'clientExternal']) {
      const c = await as(key);
      const org = (await c.data(ORG_BILLING, { id: client.id })).organization;
      expect([org.wallet, org.invoices.totalCount, org.orders.totalCount, org.partnerRevenue]).toEqual([null, 0, 0, null]);
      expect((await pdf(c, clientPaidOrder().invoiceId)).status).toBe(404);
    }
  });

  it('outsiders, malformed and unknown ids all get the same 404; anonymous visitors 401', async () => {
    const outsider = await as('outsider');
    expect(errorCode(await outsider.request(ORG_BILLING, { id: client.id }))).toBe('NOT_FOUND');
    for (const order of orders) {
      expect((await pdf(outsider, order.invoiceId)).status).toBe(404);
      expect((await pdf(null, order.invoiceId)).status).toBe(401);
    }
    const lr = await as('clientLr');
    for (const path of ['not-a-uuid.pdf', `${randomUUID()}.pdf`, clientPaidOrder().invoiceId]) {
      const response = await fetch(`${server.url}/invoices/${path}`, { headers: { cookie: `session=${lr.cookies.get('session')}` } });
      expect(response.status).toBe(404);
    }
  });

  it('streams a PDF whose text holds the seller, the customer, the number, the totals and the reverse-charge mention', async () => {
    const lr = await as('partnerLr');
    const response = await pdf(lr, partnerPaidOrder().invoiceId);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const text = await pdfText(await response.arrayBuffer());
    expect(text).toContain(partnerPaidOrder().number);
    expect(text).toContain('CHE-123.456.788');
    expect(text).toContain('Agence Partenaire SARL');
    expect(text).toContain('FR40303265045');
    expect(text).toMatch(/Subtotal\s+CHF 85\.00/);
    expect(text).toMatch(/VAT 0 %\s+CHF 0\.00/);
    expect(text).toMatch(/Total\s+CHF 85\.00/);
    expect(text).toContain('Reverse charge: VAT to be accounted for by the recipient');
    expect(text).toContain('2006/112/EC');

    const swiss = await pdfText(await (await pdf(await as('clientLr'), clientPaidOrder().invoiceId)).arrayBuffer());
    expect(swiss).toMatch(/VAT 8\.1 %\s+CHF 1\.62/);
    expect(swiss).toMatch(/Total\s+CHF 21\.62/);
    expect(swiss).not.toContain('Reverse charge');
  });

  it('keyset-pages invoices, orders and the ledger without gaps, and refuses foreign cursors', async () => {
    const lr = await as('clientLr');
    const PAGE = `query($id: ID!, $after: String) { organization(id: $id) { orders(first: 1, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: any = (await lr.data(PAGE, { id: client.id, after })).organization.orders;
      seen.push(...page.edges.map((e: any) => e.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual([clientOrderPartnerPaid().orderId, partnerPaidOrder().orderId, clientPaidOrder().orderId]);
    const bad = await lr.request(PAGE, { id: client.id, after: 'nonsense' });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.extensions?.['field']).toBe('after');
  });

  it("ranks revenue by client: largest total first, equal totals by the client's current name regardless of case", async () => {
    const rated = { ...party(partner), rates: RATES };
    const rebateFor = async (name: string, publicPriceMinor: number) => {
      const organization = await fixtures.organization({ name, currency: 'CHF' });
      await writeOrders(server.dataSource, [
        { id: randomUUID(), client: party(organization), payer: party(organization), placedBy: { userId: people.clientLr, name: 'clientLr' }, placedByPartner: null, payingPartner: null, rebatePartner: rated, publicPriceMinor, productName: 'Mail', createdAt: new Date(Date.UTC(2026, 1, 1)) },
      ]);
      return organization;
    };
    // Each 10 % rebate: 100.00 → 10.00; 20.00 → 2.00 (the client of beforeEach earned 2.00 + 7.50).
    const zulu = await rebateFor('Zulu Bank', 10_000);
    const beta = await rebateFor('Beta Bäckerei', 2_000);
    const alpha = await rebateFor('alpha Hosting', 2_000);
    // Renamed after the order: labelled and ranked by the name it has now.
    const renamed = await rebateFor('Omega Old Name', 2_000);
    await server.dataSource.query(`UPDATE organization SET name = 'Aardvark Now' WHERE id = $1`, [renamed.id]);

    const own = (await (await as('partnerLr')).data(ORG_BILLING, { id: partner.id })).organization;
    expect(own.partnerRevenue.byClient.map((row: any) => [row.label, row.total.amountMinor])).toEqual([
      [zulu.name, 1_000],
      [client.name, 950],
      ['Aardvark Now', 200],
      [alpha.name, 200],
      [beta.name, 200],
    ]);
    expect(own.partnerRevenue.byClient.map((row: any) => row.key)).toEqual([zulu.id, client.id, renamed.id, alpha.id, beta.id]);
  });

  it('managedClients(first: 100) with invoices costs the same statements at 1, 10 and 100 clients, one of them for all the invoices', async () => {
    const rated = { ...party(partner), rates: RATES };
    const planned = [];
    for (let i = 0; i < 100; i++) {
      const c = await fixtures.organization({ name: `Client ${String(i).padStart(3, '0')}` });
      await fixtures.partnership(c, partner, { access: 'COMPLETE', billingOwner: 'PARTNER' });
      for (let j = 0; j < 3; j++) {
        planned.push({ id: randomUUID(), client: party(c), payer: party(partner), placedBy: { userId: people.partnerLr, name: 'partnerLr' }, placedByPartner: rated, payingPartner: rated, rebatePartner: null, publicPriceMinor: 1_000 + j, productName: `P${j}`, createdAt: new Date(Date.UTC(2026, 1, 1 + j)) });
      }
    }
    await writeOrders(server.dataSource, planned);
    const lr = await as('partnerLr');
    const spy = jest.spyOn(server.dataSource, 'query');
    const costs: number[] = [];
    try {
      for (const first of [1, 10, 100]) {
        spy.mockClear();
        const response = await lr.request<any>(MANAGED_INVOICES, { id: partner.id, first });
        expect(response.errors).toBeUndefined();
        expect(response.data.managedClients.edges).toHaveLength(first);
        expect(response.data.managedClients.edges.every((e: any) => e.node.invoices.length >= 2)).toBe(true);
        costs.push(response.extensions?.sqlStatements as number);
        const invoiceStatements = spy.mock.calls.filter(([sql]) => /FROM invoice/.test(String(sql)));
        expect(invoiceStatements).toHaveLength(1);
        expect(String(invoiceStatements[0][0])).toMatch(/LATERAL/);
      }
    } finally {
      spy.mockRestore();
    }
    expect(costs[1]).toBe(costs[0]);
    expect(costs[2]).toBe(costs[0]);
  });
});
