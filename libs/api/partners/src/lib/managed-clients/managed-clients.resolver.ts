import { getArgumentValues, type GraphQLObjectType, type GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { carriesField, checkPageSize, MAX_PAGE_SIZE, type RequestContext, selectedFieldNames, selectedFields, selectsPath } from '@manager/api-core';
import { catalogLoaders, ProductConnection, productPropertiesRead } from '@manager/api-catalog';
import { ManagedClient, ManagedClientConnection, ManagedClientOrder } from './managed-client.type';
import { countManagedClients, listManagedClients, type ManagedClientPageExtras } from './managed-clients.service';

const NODE_ORGANIZATION = ['edges', 'node', 'organization'];
const NODE_PRODUCTS_IN_SCOPE = ['edges', 'node', 'productsInScope'];
const NODE_PRODUCTS = ['edges', 'node', 'products'];
const NODE_PRODUCTS_PAGE_INFO = ['edges', 'node', 'products', 'pageInfo'];
const NODE_PRODUCT_NODES = ['edges', 'node', 'products', 'edges', 'node'];
const NODE_PRODUCT_CURSORS = [
  ['edges', 'node', 'products', 'edges', 'cursor'],
  ['edges', 'node', 'products', 'pageInfo', 'endCursor'],
];
const TOTAL_COUNT = ['totalCount'];
const NODE_DATES = [
  ['edges', 'node', 'since'],
  ['edges', 'node', 'endsAt'],
];

/** What the partnership's own copy of its client answers: the client's id and name (`__typename` too). */
const NAMED_CLIENT_FIELDS = new Set(['id', 'name', '__typename']);

/** How much of the client organization the page reads for its nodes (see ManagedClientPageExtras). */
function carriedOrganization(info: GraphQLResolveInfo): ManagedClientPageExtras['organization'] {
  const names = selectedFieldNames(info, NODE_ORGANIZATION);
  if (!names.size) return null;
  return [...names].every((name) => NAMED_CLIENT_FIELDS.has(name)) ? 'NAME' : 'WHOLE';
}

/**
 * The products' page the managed clients' page can carry: `products(first)` without `after`, the
 * same `first` wherever the operation selects it (aliases, fragments), a valid page size, with
 * the product columns its fields read (`properties`, null: whole rows); null
 * otherwise (each `products` field then asks its loader, one statement per level, as before).
 */
function carriedProductsArguments(info: GraphQLResolveInfo): ManagedClientPageExtras['products'] {
  const nodes = selectedFields(info, NODE_PRODUCTS);
  if (!nodes.length) return null;
  const field = (info.schema.getType('ManagedClient') as GraphQLObjectType | undefined)?.getFields()['products'];
  if (!field) return null;
  let first: unknown;
  for (const node of nodes) {
    const args = getArgumentValues(field, node, info.variableValues);
    if (args['after'] !== null && args['after'] !== undefined) return null;
    if (first !== undefined && args['first'] !== first) return null;
    first = args['first'];
  }
  if (typeof first !== 'number' || !Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) return null;
  // Only the columns the products' fields read, unless a cursor is read (whole rows carry the sort keys).
  const properties = NODE_PRODUCT_CURSORS.some((path) => selectsPath(info, path)) ? null : productPropertiesRead(selectedFieldNames(info, NODE_PRODUCT_NODES));
  return { first, hasNextPage: selectsPath(info, NODE_PRODUCTS_PAGE_INFO), properties };
}

@Resolver(() => ManagedClientConnection)
export class ManagedClientsResolver {
  @Authorized()
  @Query(() => ManagedClientConnection, {
    description: "The partner's ACTIVE, not expired clients (its legal responsible, administrators and users); NOT_FOUND for anyone else.",
  })
  managedClients(
    @Arg('partnerOrganizationId', () => ID) partnerOrganizationId: string,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('search', () => String, { nullable: true, description: "Part of the client's name, case-insensitive." }) search: string | null,
    @Arg('orderBy', () => ManagedClientOrder, { defaultValue: ManagedClientOrder.NAME }) orderBy: ManagedClientOrder,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ManagedClientConnection> {
    // The page carries what its nodes' fields will ask for, so they cost no statement of their own.
    const extras = {
      organization: carriedOrganization(info),
      productsInScope: selectsPath(info, NODE_PRODUCTS_IN_SCOPE),
      totalCount: selectsPath(info, TOTAL_COUNT),
      dates: NODE_DATES.some((path) => selectsPath(info, path)),
      products: carriedProductsArguments(info),
    };
    return listManagedClients(ctx, partnerOrganizationId, { first, after: after ?? null, search: search ?? null, orderBy }, extras);
  }

  @FieldResolver(() => Int)
  totalCount(@Root() connection: ManagedClientConnection, @Ctx() ctx: RequestContext): number | Promise<number> {
    return connection.counted ?? countManagedClients(ctx, connection.filter);
  }
}

/**
 * What a page of managed clients read for its rows answers `products` (managed-clients.service.ts):
 * the first products for the `first` the page read them for (no `after`); anything else asks the
 * resolver below. (`organization` and `productsInScope` are always read by the page: plain fields.)
 */
carriesField(ManagedClient, 'products', (client, args) =>
  client.carriedProducts && !args['after'] && args['first'] === client.carriedProductsFirst ? client.carriedProducts : undefined,
);

/** Every field of a managed client batches per page: the statements do not grow with the page size. */
@Resolver(() => ManagedClient)
export class ManagedClientResolver {
  /** The catalog's product page, whose SQL applies the policy's product rule: a LIMITED partner gets exactly its scope. */
  @FieldResolver(() => ProductConnection, { description: 'Exactly what the partnership covers.' })
  async products(
    @Root() client: ManagedClient,
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<ProductConnection> {
    const page = await catalogLoaders(ctx).productPage.load({
      parentId: client.clientOrganizationId,
      first: checkPageSize(first),
      after: after ?? null,
    });
    return Object.assign(new ProductConnection(), page, { organizationId: client.clientOrganizationId });
  }
}
