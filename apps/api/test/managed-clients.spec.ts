import { cursorPart, decodeCursor } from '@manager/api-core';
import { carriedProductPage, productPropertiesRead } from '@manager/api-catalog';
import type { Organization } from '@manager/api-organizations';
import { CURRENT_TERMS_VERSION } from '@manager/domain';
import { Fixtures } from './support/fixtures';
import { errorCode, type GraphQLTestClient } from './support/graphql-client';
import { signedIn } from './support/members';
import { startTestServer, type TestServer } from './support/test-server';
import { details, UPDATE_ORGANIZATION } from './support/organization-details';

const ZURICH = { street: 'Bahnhofstrasse 1', postcode: '8001', city: 'Zürich', country: 'CH', isDefault: true };

/**
 * A partner's clients under management: ACTIVE, not expired partnerships only, keyset-paged by
 * name or by date, searchable, and a constant number of SQL statements whatever the page size.
 */
describe('managedClients', () => {
  let server: TestServer;
  let fixtures: Fixtures;
  let partner: Organization;
  let viewer: GraphQLTestClient;
  /** The live clients, in NAME order. */
  let live: { id: string; name: string; acceptedAt: Date; partnershipId: string }[];

  const LIST = `query($partner: ID!, $first: Int!, $after: String, $search: String, $orderBy: ManagedClientOrder! = NAME) {
    managedClients(partnerOrganizationId: $partner, first: $first, after: $after, search: $search, orderBy: $orderBy) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { cursor node { partnershipId access billingOwner since endsAt productsInScope organization { id name } } } } }`;

  beforeAll(async () => {
    server = await startTestServer();
    fixtures = new Fixtures(server.dataSource);
    partner = await fixtures.organization({ name: 'Pixel Partners' });
    const other = await fixtures.organization({ name: 'Other Partner' });
    for (const [email, role] of [
      ['lr@partner.test', 'LEGAL_RESPONSIBLE'],
      ['admin@partner.test', 'ADMIN'],
      ['user@partner.test', 'USER'],
      ['external@partner.test', 'EXTERNAL'],
    ] as const) {
      await fixtures.membership(await fixtures.user({ email }), partner, role);
    }
    await fixtures.membership(await fixtures.user({ email: 'lr@other.test' }), other, 'LEGAL_RESPONSIBLE');
    live = [];
    // 23 live clients with mixed-case names (two share a name), accepted on distinct days.
    const names = ['alpha', 'Bravo', 'charlie', 'Delta', 'echo', 'Foxtrot', 'golf', 'Hotel', 'india', 'Juliett', 'kilo', 'Lima',
      'mike', 'November', 'oscar', 'Papa', 'quebec', 'Romeo', 'sierra', 'Tango', 'uniform', 'Victor', 'victor'];
    for (const [i, name] of names.entries()) {
      const client = await fixtures.organization({ name: `${name} Client` });
      const products = await fixtures.products(client, 3);
      const acceptedAt = new Date(Date.UTC(2025, 0, 1 + ((i * 7) % names.length)));
      const complete = i % 4 === 0;
      const ship = await fixtures.partnership(client, partner, {
        access: complete ? 'COMPLETE' : 'LIMITED',
        billingOwner: complete ? 'PARTNER' : null,
        products: complete ? [] : products.slice(0, 1 + (i % 2)),
        acceptedAt,
        endsAt: i % 5 === 0 ? new Date(Date.now() + 86_400_000) : null,
      });
      live.push({ id: client.id, name: client.name, acceptedAt, partnershipId: ship.id });
      // The same client with another partner: not listed here.
      if (i % 3 === 0) await fixtures.partnership(client, other, { access: 'COMPLETE' });
    }
    live.sort((a, b) => a.name.toLowerCase().localeCompare(b.name.toLowerCase()) || (a.id < b.id ? -1 : 1));
    // Not live: expired, terminated, pending, refused, cancelled.
    for (const [status, endsAt] of [
      ['ACTIVE', new Date(Date.now() - 1000)],
      ['TERMINATED', null],
      ['PENDING', null],
      ['REFUSED', null],
      ['CANCELLED', null],
    ] as const) {
      const client = await fixtures.organization({ name: `Zulu ${status} ${endsAt ? 'expired' : ''} Client` });
      await fixtures.partnership(client, partner, { status, endsAt });
    }
    viewer = await signedIn(server, 'user@partner.test');
  });
  afterAll(() => server.close());

  async function all(variables: Record<string, unknown>, first: number): Promise<any[]> {
    const nodes: any[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 100; guard++) {
      const page: any = (await viewer.data(LIST, { partner: partner.id, first, after, ...variables })).managedClients;
      nodes.push(...page.edges.map((edge: any) => edge.node));
      if (!page.pageInfo.hasNextPage) return nodes;
      after = page.pageInfo.endCursor;
    }
    throw new Error('paging does not end');
  }

  it('lists live clients only, by name (case-insensitive, then id), across pages without duplicates or gaps', async () => {
    for (const first of [1, 4, 23, 100]) {
      const nodes = await all({}, first);
      expect(nodes.map((n) => n.organization.id)).toEqual(live.map((c) => c.id));
    }
    const first = (await viewer.data(LIST, { partner: partner.id, first: 5 })).managedClients;
    expect(first.totalCount).toBe(23);
    const alpha = first.edges[0].node;
    expect(alpha).toMatchObject({ access: 'COMPLETE', billingOwner: 'PARTNER', productsInScope: 3, organization: { name: 'alpha Client' } });
    expect(first.edges[1].node).toMatchObject({ access: 'LIMITED', billingOwner: null, productsInScope: 2, organization: { name: 'Bravo Client' } });
  });

  it('by date: newest acceptance first, across pages without duplicates or gaps', async () => {
    const expected = [...live].sort((a, b) => b.acceptedAt.getTime() - a.acceptedAt.getTime() || (a.partnershipId < b.partnershipId ? 1 : -1));
    for (const first of [1, 5, 100]) {
      const nodes = await all({ orderBy: 'SINCE' }, first);
      expect(nodes.map((n) => n.partnershipId)).toEqual(expected.map((c) => c.partnershipId));
      expect(nodes.map((n) => n.since)).toEqual(expected.map((c) => c.acceptedAt.toISOString()));
    }
  });

  it('searches by name, case-insensitive, with paging and a matching totalCount', async () => {
    const nodes = await all({ search: 'VICTOR' }, 1);
    expect(nodes.map((n) => n.organization.name).sort()).toEqual(['Victor Client', 'victor Client']);
    const page = (await viewer.data(LIST, { partner: partner.id, first: 10, search: ' o ' })).managedClients;
    const expected = live.filter((c) => c.name.toLowerCase().includes('o'));
    expect(page.totalCount).toBe(expected.length);
    expect(page.edges.map((e: any) => e.node.organization.name)).toEqual(expected.slice(0, 10).map((c) => c.name));
    expect((await viewer.data(LIST, { partner: partner.id, first: 10, search: 'Zulu' })).managedClients.totalCount).toBe(0);
    expect((await viewer.data(LIST, { partner: partner.id, first: 10, search: '%' })).managedClients.totalCount).toBe(0);
  });

  it('refuses a cursor of the other order, a forged cursor and a bad page size (BAD_USER_INPUT)', async () => {
    const byName = (await viewer.data(LIST, { partner: partner.id, first: 2 })).managedClients.pageInfo.endCursor;
    const wrongOrder = await viewer.request(LIST, { partner: partner.id, first: 2, after: byName, orderBy: 'SINCE' });
    expect([errorCode(wrongOrder), wrongOrder.errors?.[0].extensions?.['field']]).toEqual(['BAD_USER_INPUT', 'after']);
    const forged = await viewer.request(LIST, { partner: partner.id, first: 2, after: 'garbage' });
    expect([errorCode(forged), forged.errors?.[0].extensions?.['field']]).toEqual(['BAD_USER_INPUT', 'after']);
    const tooMany = await viewer.request(LIST, { partner: partner.id, first: 101 });
    expect([errorCode(tooMany), tooMany.errors?.[0].extensions?.['field']]).toEqual(['BAD_USER_INPUT', 'first']);
  });

  it("the partner's LR, ADMIN and USER list its clients; EXTERNAL members, other partners and outsiders get NOT_FOUND", async () => {
    for (const email of ['lr@partner.test', 'admin@partner.test']) {
      const page = (await (await signedIn(server, email)).data(LIST, { partner: partner.id, first: 1 })).managedClients;
      expect(page.totalCount).toBe(23);
    }
    for (const email of ['external@partner.test', 'lr@other.test']) {
      const response = await (await signedIn(server, email)).request(LIST, { partner: partner.id, first: 1 });
      expect(errorCode(response)).toBe('NOT_FOUND');
      expect(response.data).toBeNull();
    }
    expect(errorCode(await viewer.request(LIST, { partner: '00000000-0000-4000-8000-000000000000', first: 1 }))).toBe('NOT_FOUND');
    expect(errorCode(await viewer.request(LIST, { partner: 'nope', first: 1 }))).toBe('NOT_FOUND');
    expect(errorCode(await server.client().request(LIST, { partner: partner.id, first: 1 }))).toBe('UNAUTHENTICATED');
  });

  it("a client's products are exactly what the partnership covers", async () => {
    const QUERY = `query($partner: ID!) { managedClients(partnerOrganizationId: $partner, first: 100) { edges { node {
      access productsInScope products(first: 10) { totalCount edges { node { name organizationId } } } organization { id } } } } }`;
    const nodes = (await viewer.data(QUERY, { partner: partner.id })).managedClients.edges.map((e: any) => e.node);
    for (const node of nodes) {
      const scope: { name: string }[] = await server.dataSource.query(
        node.access === 'COMPLETE'
          ? `SELECT name FROM product WHERE organization_id = $1 ORDER BY lower(name), id`
          : `SELECT p.name FROM partnership_product pp JOIN partnership ps ON ps.id = pp.partnership_id JOIN product p ON p.id = pp.product_id
             WHERE ps.client_organization_id = $1 AND ps.partner_organization_id = $2 AND ps.status = 'ACTIVE' ORDER BY lower(p.name), p.id`,
        node.access === 'COMPLETE' ? [node.organization.id] : [node.organization.id, partner.id],
      );
      expect(node.products.edges.map((e: any) => e.node.name)).toEqual(scope.map((row) => row.name));
      expect(node.products.totalCount).toBe(scope.length);
      expect(node.productsInScope).toBe(scope.length);
      expect(new Set(node.products.edges.map((e: any) => e.node.organizationId))).toEqual(new Set([node.organization.id]));
    }
  });

  it('costs the same number of SQL statements at 1, 10 and 100 clients per page', async () => {
    const QUERY = `query($partner: ID!, $first: Int!) { managedClients(partnerOrganizationId: $partner, first: $first) {
      edges { node { organization { name } productsInScope products(first: 10) { edges { node { name } } } } } } }`;
    const costs: number[] = [];
    for (const first of [1, 10, 100]) {
      const response = await viewer.request(QUERY, { partner: partner.id, first });
      expect(response.errors).toBeUndefined();
      costs.push(response.extensions?.sqlStatements as number);
    }
    expect(costs[1]).toBe(costs[0]);
    expect(costs[2]).toBe(costs[0]);
    // session (with the viewer's own roles: the access to the partner) + page (with the clients, the policy's access to
    // them, the products in scope and each client's first products: the page carries the product page, 3 → 2)
    expect(costs[0]).toBe(2);
  });

  it("carries each client's first products in the page: the catalog loader's very page, which other arguments still ask", async () => {
    const PRODUCTS = `{ totalCount pageInfo { hasNextPage endCursor }
      edges { cursor node { id name organizationId category renewalDate state publicPrice { amountMinor currency } } } }`;
    const page = (products: string) => `query($partner: ID!) { managedClients(partnerOrganizationId: $partner, first: 100) {
      edges { node { organization { id } ${products} } } } }`;
    const carried = await viewer.request(page(`products(first: 2) ${PRODUCTS}`), { partner: partner.id });
    // Two argument sets: neither is carried, each is one statement of the catalog's loader for the whole level.
    const loaded = await viewer.request(page(`products(first: 2) ${PRODUCTS} more: products(first: 3) { edges { node { id } } }`), { partner: partner.id });
    expect(carried.errors).toBeUndefined();
    expect(loaded.errors).toBeUndefined();
    // session + page (with the products) + the products' totalCount
    expect(carried.extensions?.sqlStatements).toBe(3);
    // session + page + a product page per argument set + the products' totalCount
    expect(loaded.extensions?.sqlStatements).toBe(5);
    const pages = (response: typeof carried) => (response.data as any).managedClients.edges.map((edge: any) => edge.node.products);
    expect(pages(carried)).toEqual(pages(loaded));

    // A COMPLETE client has 3 products: the carried page says there is a next one, and its cursor leads there.
    const edges = (carried.data as any).managedClients.edges;
    const complete = edges.find((edge: any) => edge.node.products.pageInfo.hasNextPage);
    expect(complete).toBeDefined();
    const clientId = complete.node.organization.id;
    const ids: { id: string }[] = await server.dataSource.query(`SELECT id FROM product WHERE organization_id = $1 ORDER BY lower(name), id`, [clientId]);
    expect(complete.node.products.edges.map((edge: any) => edge.node.id)).toEqual(ids.slice(0, 2).map((row) => row.id));
    const next = await viewer.data(
      `query($partner: ID!, $after: String) { managedClients(partnerOrganizationId: $partner, first: 100) {
        edges { node { organization { id } products(first: 2, after: $after) { pageInfo { hasNextPage } edges { node { id } } } } } } }`,
      { partner: partner.id, after: complete.node.products.pageInfo.endCursor },
    );
    const rest = next.managedClients.edges.find((edge: any) => edge.node.organization.id === clientId).node.products;
    expect(rest).toEqual({ pageInfo: { hasNextPage: false }, edges: ids.slice(2).map((row) => ({ node: { id: row.id } })) });
  });

  it('carries only the product columns the fields read when no cursor is read, and answers as the catalog loader does', async () => {
    const page = ([products, fragments = '']: string[]) => `query($partner: ID!) { managedClients(partnerOrganizationId: $partner, first: 100) {
      edges { node { partnershipId products(first: 2) ${products} } } } } ${fragments}`;
    // A second argument set: no page is carried, the catalog's loader reads whole rows.
    const loaded = ([products, fragments]: string[]) => page([`${products} more: products(first: 3) { edges { node { id } } }`, fragments]);
    const products = (response: Awaited<ReturnType<typeof viewer.request>>) =>
      new Map<string, unknown>((response.data as any).managedClients.edges.map((edge: any) => [edge.node.partnershipId, edge.node.products]));
    for (const fields of [
      ['{ edges { node { name } } }'],
      ['{ edges { node { id organizationId } } }'],
      ['{ edges { node { category renewalDate state } } }'],
      ['{ pageInfo { hasNextPage } edges { node { __typename publicPrice { amountMinor currency } } } }'],
      ['{ pageInfo { hasNextPage } }'],
      ['{ edges { node { ...P } } }', 'fragment P on Product { name state }'],
    ]) {
      const carried = await viewer.request(page(fields), { partner: partner.id });
      const asLoaded = await viewer.request(loaded(fields), { partner: partner.id });
      expect(carried.errors).toBeUndefined();
      expect(asLoaded.errors).toBeUndefined();
      // session + page (with the products) against session + page + the loader's product page per argument set
      expect([carried.extensions?.sqlStatements, asLoaded.extensions?.sqlStatements]).toEqual([2, 4]);
      expect(products(carried)).toEqual(products(asLoaded));
    }
  });

  it('carries a product page as arrays of the columns its fields read', () => {
    const columns = (fields: string[]) => productPropertiesRead(new Set(fields));
    expect(columns(['name'])).toEqual(['name']);
    expect(columns(['state', 'publicPrice', '__typename'])).toEqual(['publicPriceMinor', 'currency', 'renewalDate']);
    expect(columns(['__typename'])).toEqual(['id']);
    // A field this list does not know of: whole rows.
    expect(columns(['name', 'somethingNew'])).toBeNull();
    const slim = carriedProductPage(server.dataSource, 'page.client_organization_id', '$2', 11, ['name']).sql;
    expect(slim).toContain('json_build_array(carried."name")');
    expect(slim).not.toMatch(/renewal_date|created_at|public_price_minor/);
    expect(carriedProductPage(server.dataSource, 'page.client_organization_id', '$2', 11).sql).toMatch(/created_at/);
  });

  it("answers the client's id and name from the partnership's own copy, anything more from the organization's row", async () => {
    const page = (organization: string, fragments = '') => `query($partner: ID!) { managedClients(partnerOrganizationId: $partner, first: 100) {
      edges { node { partnershipId organization ${organization} } } } } ${fragments}`;
    const answers = async (query: string) => {
      const response = await viewer.request(query, { partner: partner.id });
      expect(response.errors).toBeUndefined();
      // session + page, whichever way the page reads its clients
      expect(response.extensions?.sqlStatements).toBe(2);
      return new Map<string, any>((response.data as any).managedClients.edges.map((edge: any) => [edge.node.partnershipId, edge.node.organization]));
    };
    const [client] = live;
    // The copy is kept in step with the organization (see the rename test below); made to differ here, for this test
    // only, to show which of the two each selection reads.
    await server.dataSource.query(`UPDATE partnership SET client_name = 'The copy' WHERE id = $1`, [client.partnershipId]);
    try {
      const named = await answers(page('{ id name }'));
      const spread = await answers(page('{ ...Named }', 'fragment Named on Organization { __typename id name }'));
      const whole = await answers(page('{ id name viewerRole }'));
      const inline = await answers(page('{ id ... on Organization { name requiresSecondFactor } }'));
      expect(named.get(client.partnershipId)).toEqual({ id: client.id, name: 'The copy' });
      expect(spread.get(client.partnershipId)).toEqual({ __typename: 'Organization', id: client.id, name: 'The copy' });
      expect(whole.get(client.partnershipId)).toEqual({ id: client.id, name: client.name, viewerRole: null });
      expect(inline.get(client.partnershipId)).toEqual({ id: client.id, name: client.name, requiresSecondFactor: false });
      for (const other of live.slice(1)) {
        expect(named.get(other.partnershipId)).toEqual({ id: other.id, name: other.name });
        expect(whole.get(other.partnershipId)).toEqual({ id: other.id, name: other.name, viewerRole: null });
      }
    } finally {
      await server.dataSource.query(`UPDATE partnership SET client_name = $2 WHERE id = $1`, [client.partnershipId, client.name]);
    }
  });

  it('counts totalCount in the page statement; a page with no rows counts apart', async () => {
    const statements = async (variables: Record<string, unknown>) => {
      const response = await viewer.request(LIST, { partner: partner.id, ...variables });
      expect(response.errors).toBeUndefined();
      return [response.extensions?.sqlStatements, (response.data as any).managedClients.totalCount];
    };
    // session (with the viewer's own roles: the access to the partner) + page (with the count, the clients, their access
    // and scope counts)
    expect(await statements({ first: 5 })).toEqual([2, live.length]);
    expect(await statements({ first: 5, search: 'victor' })).toEqual([2, 2]);
    // + the count: an empty page says nothing of the list's size
    expect(await statements({ first: 5, search: 'no such client' })).toEqual([3, 0]);
  });

  it('lists a renamed client under its new name at once: in order, in the search and in its cursor', async () => {
    const client = await fixtures.organization({ name: 'Zebra Renamed Client' });
    const lr = await fixtures.user({ email: 'lr@renamed.test' });
    await fixtures.membership(lr, client, 'LEGAL_RESPONSIBLE');
    await fixtures.partnership(client, partner, { access: 'COMPLETE' });
    const owner = await signedIn(server, 'lr@renamed.test');
    await owner.data(UPDATE_ORGANIZATION, {
      input: {
        organizationId: client.id,
        organization: details({ name: 'Aaa Renamed Client', country: 'CH', vatNumber: null, billingAddresses: [ZURICH] }),
        acceptTerms: true,
        termsVersion: CURRENT_TERMS_VERSION,
      },
    });
    const first = (await viewer.data(LIST, { partner: partner.id, first: 1 })).managedClients;
    expect(first.edges.map((edge: any) => edge.node.organization)).toEqual([{ id: client.id, name: 'Aaa Renamed Client' }]);
    expect(decodeCursor(first.pageInfo.endCursor, [cursorPart.oneOf('NAME'), cursorPart.text(), cursorPart.uuid])).toEqual(['NAME', 'aaa renamed client', client.id]);
    const found = (await viewer.data(LIST, { partner: partner.id, first: 5, search: 'aaa renamed' })).managedClients;
    expect(found.edges.map((edge: any) => edge.node.organization.id)).toEqual([client.id]);
    expect((await viewer.data(LIST, { partner: partner.id, first: 5, search: 'zebra renamed' })).managedClients.totalCount).toBe(0);
  });
});
