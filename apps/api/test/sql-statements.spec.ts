import { Fixtures, PASSWORD } from './support/fixtures';
import { startTestServer, type TestServer } from './support/test-server';
import type { GraphQLTestClient } from './support/graphql-client';

/**
 * Nested lists resolve through per-request DataLoaders: the number of SQL statements depends on
 * the shape of the query, never on the number of rows.
 */
describe('SQL statements per operation', () => {
  let server: TestServer;
  let client: GraphQLTestClient;
  let organizationId: string;

  beforeAll(async () => {
    server = await startTestServer();
    const fixtures = new Fixtures(server.dataSource);
    const ada = await fixtures.user({ email: 'ada@example.test' });
    for (let i = 0; i < 12; i++) {
      const organization = await fixtures.organization({ name: `Org ${String(i).padStart(2, '0')}` });
      await fixtures.membership(ada, organization, i === 0 ? 'LEGAL_RESPONSIBLE' : 'USER');
      await fixtures.products(organization, 120);
      organizationId ??= organization.id;
    }
    client = server.client();
    await client.login('ada@example.test', PASSWORD);
  });
  afterAll(() => server.close());

  async function statements(query: string, variables: Record<string, unknown>): Promise<number> {
    const response = await client.request(query, variables);
    expect(response.errors).toBeUndefined();
    return response.extensions?.sqlStatements as number;
  }

  it('organization { products(first: N) } costs the same at 5 and 100 rows', async () => {
    const query = `query($id: ID!, $first: Int!) { organization(id: $id) { name products(first: $first) {
      totalCount edges { node { id name category publicPrice { amountMinor currency } renewalDate } } } } }`;
    const five = await statements(query, { id: organizationId, first: 5 });
    const hundred = await statements(query, { id: organizationId, first: 100 });
    expect(hundred).toBe(five);
    // session (with the person's own roles, which decide the access) + organization + product page + product count
    expect(five).toBe(4);
  });

  it('me { memberships { organization { products } } } costs the same for 1 organization and for 12', async () => {
    const query = `query($first: Int!) { me { memberships { role organization { name viewerRole products(first: $first) {
      totalCount edges { node { id name } } } } } } }`;
    const costs = await Promise.all([1, 100].map((first) => statements(query, { first })));
    expect(costs[0]).toBe(costs[1]);
    // session (with the person's own roles, which decide the access) + user + memberships + organizations + product page
    // + product count
    expect(costs[0]).toBe(6);
  });
});
