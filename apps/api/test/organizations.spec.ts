import { Fixtures, PASSWORD } from './support/fixtures';
import { errorCode } from './support/graphql-client';
import { startTestServer, type TestServer } from './support/test-server';

const ORGANIZATION = `query Organization($id: ID!, $first: Int!, $after: String) {
  organization(id: $id) {
    id name viewerRole
    products(first: $first, after: $after) {
      totalCount
      edges { cursor node { id name category renewalDate publicPrice { amountMinor currency } } }
      pageInfo { hasNextPage endCursor }
    }
  }
}`;

describe('organizations and products: who sees what', () => {
  let server: TestServer;
  let fixtures: Fixtures;

  beforeAll(async () => {
    server = await startTestServer();
    fixtures = new Fixtures(server.dataSource);
  });
  afterAll(() => server.close());
  beforeEach(() => server.reset());

  async function signedIn(email: string) {
    const client = server.client();
    await client.login(email, PASSWORD);
    return client;
  }

  it("lists the user's memberships with their roles and organizations", async () => {
    const ada = await fixtures.user({ email: 'ada@example.test' });
    const acme = await fixtures.organization({ name: 'Acme SA' });
    const zeta = await fixtures.organization({ name: 'Zeta GmbH', country: 'DE', currency: 'EUR' });
    await fixtures.membership(ada, zeta, 'USER');
    await fixtures.membership(ada, acme, 'LEGAL_RESPONSIBLE');
    const other = await fixtures.organization({ name: 'Not Ada’s' });
    await fixtures.membership(await fixtures.user(), other, 'ADMIN');

    const client = await signedIn('ada@example.test');
    const { me } = await client.data(`{ me { memberships { role organizationId organization { name country currency viewerRole } } } }`);
    expect(me.memberships).toEqual([
      { role: 'LEGAL_RESPONSIBLE', organizationId: acme.id, organization: { name: 'Acme SA', country: 'CH', currency: 'CHF', viewerRole: 'LEGAL_RESPONSIBLE' } },
      { role: 'USER', organizationId: zeta.id, organization: { name: 'Zeta GmbH', country: 'DE', currency: 'EUR', viewerRole: 'USER' } },
    ]);
  });

  it('pages through products with keyset cursors and a total', async () => {
    const ada = await fixtures.user({ email: 'ada@example.test' });
    const acme = await fixtures.organization({ name: 'Acme' });
    await fixtures.membership(ada, acme, 'USER');
    const products = await fixtures.products(acme, 7);
    const client = await signedIn('ada@example.test');

    const first = await client.data(ORGANIZATION, { id: acme.id, first: 3 });
    expect(first.organization.products.totalCount).toBe(7);
    expect(first.organization.products.edges.map((e: any) => e.node.name)).toEqual(products.slice(0, 3).map((p) => p.name));
    expect(first.organization.products.pageInfo.hasNextPage).toBe(true);
    expect(first.organization.products.edges[0].node).toMatchObject({
      category: 'WEB_HOSTING',
      renewalDate: '2027-01-31',
      publicPrice: { amountMinor: 1000, currency: 'CHF' },
    });

    const names: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = await client.data(ORGANIZATION, { id: acme.id, first: 3, after });
      names.push(...page.organization.products.edges.map((e: any) => e.node.name));
      if (!page.organization.products.pageInfo.hasNextPage) break;
      after = page.organization.products.pageInfo.endCursor;
    }
    expect(names).toEqual(products.map((p) => p.name));
  });

  it('orders products by name regardless of case, across pages', async () => {
    const ada = await fixtures.user({ email: 'ada@example.test' });
    const acme = await fixtures.organization({ name: 'Acme' });
    await fixtures.membership(ada, acme, 'USER');
    const names = ['VPS Staging', 'chocolat.ch', 'kChat Team', 'Domain acme.ch', 'Élan', 'beta.example'];
    for (const name of names) {
      await server.dataSource.query(
        `INSERT INTO product (organization_id, category, name, public_price_minor, currency, renewal_date)
         VALUES ($1, 'DOMAIN', $2, 100, 'CHF', '2027-01-01')`,
        [acme.id, name],
      );
    }
    const client = await signedIn('ada@example.test');
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: any = await client.data(ORGANIZATION, { id: acme.id, first: 2, after });
      seen.push(...page.organization.products.edges.map((e: any) => e.node.name));
      after = page.organization.products.pageInfo.hasNextPage ? page.organization.products.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(['beta.example', 'chocolat.ch', 'Domain acme.ch', 'kChat Team', 'VPS Staging', 'Élan']);
  });

  it('orders products by renewal (earliest first, across pages), filters one category, and tells each one its state', async () => {
    const ada = await fixtures.user({ email: 'ada@example.test' });
    const acme = await fixtures.organization({ name: 'Acme' });
    await fixtures.membership(ada, acme, 'USER');
    const rows: [string, string, string][] = [
      ['Later hosting', 'WEB_HOSTING', '400 days'],
      ['Lapsed domain', 'DOMAIN', '-3 days'],
      ['Soon mail', 'MAIL_SERVICE', '12 days'],
      ['Soon domain', 'DOMAIN', '30 days'],
      ['Next domain', 'DOMAIN', '31 days'],
    ];
    for (const [name, category, offset] of rows) {
      await server.dataSource.query(
        `INSERT INTO product (organization_id, category, name, public_price_minor, currency, renewal_date)
         VALUES ($1, $2, $3, 100, 'CHF', (now() AT TIME ZONE 'UTC')::date + $4::interval)`,
        [acme.id, category, name, offset],
      );
    }
    const client = await signedIn('ada@example.test');
    const LIST = `query List($id: ID!, $first: Int!, $after: String, $orderBy: ProductOrder, $category: ProductCategory) {
      organization(id: $id) { products(first: $first, after: $after, orderBy: $orderBy, category: $category) {
        totalCount edges { node { name state } } pageInfo { hasNextPage endCursor } } }
    }`;
    const seen: [string, string][] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = await client.data(LIST, { id: acme.id, first: 2, after, orderBy: 'RENEWAL' });
      expect(page.organization.products.totalCount).toBe(5);
      seen.push(...page.organization.products.edges.map((e: any) => [e.node.name, e.node.state]));
      if (!page.organization.products.pageInfo.hasNextPage) break;
      after = page.organization.products.pageInfo.endCursor;
    }
    expect(seen).toEqual([
      ['Lapsed domain', 'EXPIRED'],
      ['Soon mail', 'EXPIRING'],
      ['Soon domain', 'EXPIRING'],
      ['Next domain', 'ACTIVE'],
      ['Later hosting', 'ACTIVE'],
    ]);

    const domains: any = await client.data(LIST, { id: acme.id, first: 10, orderBy: 'RENEWAL', category: 'DOMAIN' });
    expect(domains.organization.products.totalCount).toBe(3);
    expect(domains.organization.products.edges.map((e: any) => e.node.name)).toEqual(['Lapsed domain', 'Soon domain', 'Next domain']);

    // A cursor of one order is refused by the other, on `after`.
    const byName: any = await client.data(LIST, { id: acme.id, first: 1 });
    const mixed = await client.request(LIST, { id: acme.id, first: 1, orderBy: 'RENEWAL', after: byName.organization.products.pageInfo.endCursor });
    expect(errorCode(mixed)).toBe('BAD_USER_INPUT');
    expect(mixed.errors?.[0]?.extensions?.['field']).toBe('after');
  });

  it('answers NOT_FOUND, with the same message, for an organization that exists elsewhere and one that does not', async () => {
    await fixtures.user({ email: 'ada@example.test' });
    const elsewhere = await fixtures.organization();
    await fixtures.products(elsewhere, 2);
    const client = await signedIn('ada@example.test');
    const existing = await client.request(ORGANIZATION, { id: elsewhere.id, first: 5 });
    const missing = await client.request(ORGANIZATION, { id: '4b0e0f53-5f8a-4a38-9b1e-2f4f0e3e9d11', first: 5 });
    const malformed = await client.request(ORGANIZATION, { id: 'not-a-uuid', first: 5 });
    for (const response of [existing, missing, malformed]) {
      expect(errorCode(response)).toBe('NOT_FOUND');
      expect(response.errors?.[0].message).toBe('Organization not found.');
      expect(response.data).toBeNull();
    }
  });

  it('refuses anonymous requests for an organization', async () => {
    const acme = await fixtures.organization();
    const response = await server.client().request(ORGANIZATION, { id: acme.id, first: 5 });
    expect(errorCode(response)).toBe('UNAUTHENTICATED');
  });

  it('shows an EXTERNAL member only the products granted to them', async () => {
    const ext = await fixtures.user({ email: 'ext@example.test' });
    const acme = await fixtures.organization();
    const products = await fixtures.products(acme, 5);
    const membership = await fixtures.membership(ext, acme, 'EXTERNAL');
    await fixtures.grant(membership, [products[1], products[3]]);
    const client = await signedIn('ext@example.test');
    const { organization } = await client.data(ORGANIZATION, { id: acme.id, first: 100 });
    expect(organization.viewerRole).toBe('EXTERNAL');
    expect(organization.products.totalCount).toBe(2);
    expect(organization.products.edges.map((e: any) => e.node.id)).toEqual([products[1].id, products[3].id]);
  });

  it('shows an EXTERNAL member without grants no product at all', async () => {
    const ext = await fixtures.user({ email: 'ext@example.test' });
    const acme = await fixtures.organization();
    await fixtures.products(acme, 3);
    await fixtures.membership(ext, acme, 'EXTERNAL');
    const client = await signedIn('ext@example.test');
    const { organization } = await client.data(ORGANIZATION, { id: acme.id, first: 10 });
    expect(organization.products).toEqual({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });

  it('bounds page sizes and rejects forged cursors, naming the argument', async () => {
    const ada = await fixtures.user({ email: 'ada@example.test' });
    const acme = await fixtures.organization();
    await fixtures.membership(ada, acme, 'ADMIN');
    const client = await signedIn('ada@example.test');
    const tooMany = await client.request(ORGANIZATION, { id: acme.id, first: 101 });
    expect(tooMany.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'first' });
    const forged = await client.request(ORGANIZATION, { id: acme.id, first: 5, after: 'bm90IGEgY3Vyc29y' });
    expect(forged.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it("never shows another user's memberships", async () => {
    const ada = await fixtures.user({ email: 'ada@example.test' });
    const acme = await fixtures.organization();
    await fixtures.membership(ada, acme, 'ADMIN');
    const client = await signedIn('ada@example.test');
    const { me } = await client.data(`{ me { id memberships { id } } }`);
    expect(me.memberships).toHaveLength(1);
  });
});
