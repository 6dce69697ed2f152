import { type GraphQLObjectType } from 'graphql';
import { buildApiSchema } from '../src/graphql/schema';

/** plain-fields.ts: TypeGraphQL's do-nothing resolvers are gone, every other resolver stays. */
describe('plain field reads', () => {
  it('reads plain properties without a resolver and keeps field resolvers and resolvers of renamed fields', async () => {
    const schema = await buildApiSchema();
    const fields = (name: string) => (schema.getType(name) as GraphQLObjectType).getFields();
    const client = fields('ManagedClient');
    // organization and productsInScope too: the page of managed clients reads them whenever they are selected.
    for (const plain of ['partnershipId', 'access', 'billingOwner', 'since', 'endsAt', 'organization', 'productsInScope']) expect(client[plain].resolve).toBeUndefined();
    for (const resolved of ['products', 'invoices']) expect(client[resolved].resolve).toBeInstanceOf(Function);
    expect(fields('ManagedClientEdge')['node'].resolve).toBeUndefined();
    // Inherited from the connection's base class: edges and pageInfo read inline; totalCount, which
    // may hold a count run when awaited (or has a field resolver of its own), keeps a resolver.
    for (const connection of ['ManagedClientConnection', 'ProductConnection', 'MembershipConnection']) {
      expect(fields(connection)['edges'].resolve).toBeUndefined();
      expect(fields(connection)['pageInfo'].resolve).toBeUndefined();
      expect(fields(connection)['totalCount'].resolve).toBeInstanceOf(Function);
    }
    // Getters: TypeGraphQL's resolver calls the getter, as reading the property does.
    expect(fields('Product')['publicPrice'].resolve).toBeUndefined();
    expect(fields('Product')['state'].resolve).toBeUndefined();
    expect(fields('Organization')['name'].resolve).toBeUndefined();
    expect(fields('Organization')['viewerRole'].resolve).toBeInstanceOf(Function);
    // Root fields are resolvers of their own (roles, validation): never touched.
    expect(fields('Query')['managedClients'].resolve).toBeInstanceOf(Function);
  });
});
