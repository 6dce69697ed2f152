import {
  badUserInput,
  checkPageSize,
  type KeysetOrder,
  keysetCount,
  keysetKey,
  keysetPage,
  notFound,
  type JoinedAccessRow,
  type KeysetQuery,
  organizationAccessJoin,
  pageRequest,
  policySubject,
  type OrganizationAccess,
  primeOrganizationAccess,
  reachablePartnershipCondition,
  reachedThroughListedPartnership,
  requireActingPartnerAccess,
  type RequestContext,
} from '@manager/api-core';
import type { BillingOwner, PartnershipAccess } from '@manager/domain';
import { carriedProductPage, ProductConnection, type ProductProperty } from '@manager/api-catalog';
import { type JoinedOrganization, joinedOrganization, Organization } from '@manager/api-organizations';
import { likeContains } from '../directory/partner-directory.service';
import { productsInScopeSql } from '../partnership-read/products-in-scope';
import { ManagedClient, ManagedClientConnection, type ManagedClientFilter, type ManagedClientOrder } from './managed-client.type';

export const MANAGED_CLIENT_SEARCH_MAX = 100;

interface ManagedClientRow {
  partnership_id: string;
  client_organization_id: string;
  access: PartnershipAccess;
  billing_owner: BillingOwner | null;
  /** Read when the operation selects `since` (see ManagedClientPageExtras.dates). */
  accepted_at?: Date;
  /** Read when the operation selects `endsAt`. */
  ends_at?: Date | null;
  /** The partnership's copy of the client's name, read when the operation asks the client for nothing else. */
  client_name?: string;
  /** Read when the operation selects `productsInScope`. */
  products_in_scope?: number;
  /** The client's first products (`carriedProductPage`'s JSON: rows, or arrays of some columns), read when the page carries `products`. */
  products?: unknown[];
}

/**
 * By the client's name (`lower(name)`, then the client's id; the copy the partnership keeps,
 * served by partnership_partner_client_name_idx) or by date (`accepted_at DESC, id DESC`, served
 * by partnership_partner_since_idx): both are range scans of the partner's own index entries,
 * whatever the number of organizations in the system. The cursor names its order, so a cursor of
 * one order is refused by the other.
 */
const ORDERS: Record<ManagedClientOrder, KeysetOrder> = {
  NAME: { tag: 'NAME', keys: [keysetKey.text('lower(ps.client_name)'), keysetKey.uuid('ps.client_organization_id')], direction: 'ASC' },
  SINCE: { tag: 'SINCE', keys: [keysetKey.timestamp('ps.accepted_at'), keysetKey.uuid('ps.id')], direction: 'DESC' },
};

/**
 * The partner's ACTIVE, not expired partnerships that the actor reaches (the policy's own
 * condition: an API token only the clients it selects and that did not block it), with `$1` the
 * partner and `$2` the actor (`policySubject`).
 */
const livePartnerships = `ps.partner_organization_id = $1 AND ${reachablePartnershipCondition('ps', '$2', '$1')}`;

/** What the page carries for its rows, besides the partnership: what the nodes' fields will ask for. */
export interface ManagedClientPageExtras {
  /**
   * `organization`: WHOLE, the client's row and the actor's access to it, priming their loaders;
   * NAME when the operation reads nothing of it but `id` and `name`: the partnership's own copy of
   * the name, no organization row and no access join (see `reachedThroughListedPartnership`).
   */
  organization: 'WHOLE' | 'NAME' | null;
  /** `productsInScope`: counted for each row in the page's statement. */
  productsInScope: boolean;
  /** `totalCount`: counted in the page's statement. */
  totalCount: boolean;
  /**
   * `since` and `endsAt`: the partnership's timestamps, read only when selected (the driver
   * parses every timestamp it reads, a regular expression and a Date each: 200 for a page of 100).
   */
  dates: boolean;
  /**
   * `products(first)` without `after`, the same arguments wherever it is selected: each client's
   * first page of products, in the page's statement; `hasNextPage` whether the operation reads
   * the products' `pageInfo` (one more product per client read to tell); `properties` the product
   * columns their fields read (`productPropertiesRead`), carried as arrays, or null: whole rows
   * with their sort keys (an operation that reads cursors). Null: not carried.
   */
  products: { first: number; hasNextPage: boolean; properties: ProductProperty[] | null } | null;
}

const NO_EXTRAS: ManagedClientPageExtras = { organization: null, productsInScope: false, totalCount: false, dates: false, products: null };

/** The products' page carried for the rows (`$2` the subject, as in the whole statement). */
type CarriedProducts = ReturnType<typeof carriedProductPage>;

function carriedProducts(ctx: RequestContext, products: NonNullable<ManagedClientPageExtras['products']>): CarriedProducts {
  return carriedProductPage(ctx.dataSource, 'page.client_organization_id', '$2', products.first + (products.hasNextPage ? 1 : 0), products.properties);
}

/**
 * The columns joined to the page's rows (after its LIMIT): the client organization and the
 * policy's decision on it (`organizationAccessJoin`, `$2` the subject), the products in scope and
 * the carried products; `organization` and `products` are the ones `listedClients` maps with.
 */
function pageRowsWith(
  extras: ManagedClientPageExtras,
  organization: JoinedOrganization | null,
  products: CarriedProducts | null,
): KeysetQuery<ManagedClientRow, ManagedClient>['pageRowsWith'] {
  if (!organization && !extras.productsInScope && !products) return undefined;
  const select: string[] = [];
  const join: string[] = [];
  if (organization) {
    const access = organizationAccessJoin('page.client_organization_id', '$2');
    select.push(organization.columns, access.select);
    join.push('JOIN organization co ON co.id = page.client_organization_id', access.join);
  }
  if (extras.productsInScope) {
    const scope = productsInScopeSql({ id: 'page.partnership_id', access: 'page.access', clientOrganizationId: 'page.client_organization_id' });
    select.push(`${scope} AS products_in_scope`);
  }
  if (products) select.push(`${products.sql} AS products`);
  return { select: select.join(', '), join: join.join(' ') };
}

/** The partner's live partnerships, their client organizations, and the search: the listing and its count. */
function listedClients(
  ctx: RequestContext,
  filter: ManagedClientFilter,
  order: ManagedClientOrder,
  extras: ManagedClientPageExtras = NO_EXTRAS,
  partnerAccess: OrganizationAccess | null = null,
): KeysetQuery<ManagedClientRow, ManagedClient> {
  const organization = extras.organization === 'WHOLE' ? joinedOrganization(ctx.dataSource, 'co') : null;
  // The partner access that lets the rows answer the client's name themselves (NAME).
  const namedBy = extras.organization === 'NAME' ? partnerAccess : null;
  const products = extras.products ? carriedProducts(ctx, extras.products) : null;
  const productsFirst = extras.products?.first ?? 0;
  return {
    name: 'partners.managed-clients',
    select: `ps.id AS partnership_id, ps.client_organization_id, ps.access, ps.billing_owner${extras.dates ? ', ps.accepted_at, ps.ends_at' : ''}${namedBy ? ', ps.client_name' : ''}`,
    from: 'partnership ps',
    where: filter.pattern ? `${livePartnerships} AND lower(ps.client_name) LIKE $3` : livePartnerships,
    params: filter.pattern ? [filter.partnerOrganizationId, filter.subject, filter.pattern] : [filter.partnerOrganizationId, filter.subject],
    order: ORDERS[order],
    pageRowsWith: pageRowsWith(extras, organization, products),
    // Each row answers its fields itself (plain properties; `products` through its resolver's
    // carried read): no loader is primed for them, no promise made per row. A whole organization
    // and its access still prime their loaders, which other fields of the organization ask.
    map: (row) => {
      // Without `dates`, since and endsAt are never read (the operation does not select them).
      const client = new ManagedClient(row.partnership_id, row.client_organization_id, row.access, row.billing_owner, row.accepted_at as Date, row.ends_at ?? null);
      if (organization) {
        const read = organization.prime(ctx, row as ManagedClientRow & Record<string, unknown>);
        // Out of the policy's reach: refused as the organization's own lookup refuses it.
        client.organization = primeOrganizationAccess(ctx, row.client_organization_id, row as ManagedClientRow & JoinedAccessRow) ? read : notFound('Organization');
      } else if (namedBy && row.client_name !== undefined) {
        // Only `id` and `name` are asked of it: never handed to the organization's loader, which must answer whole rows.
        client.organization = reachedThroughListedPartnership(ctx, namedBy, row.client_organization_id)
          ? Object.assign(new Organization(), { id: row.client_organization_id, name: row.client_name })
          : notFound('Organization');
      }
      if (row.products_in_scope !== undefined) client.productsInScope = row.products_in_scope;
      if (products && row.products) {
        const connection = new ProductConnection();
        const page = products.read(row.products, productsFirst);
        connection.edges = page.edges;
        connection.pageInfo = page.pageInfo;
        connection.organizationId = row.client_organization_id;
        client.carriedProducts = connection;
        client.carriedProductsFirst = productsFirst;
      }
      return client;
    },
  };
}

/**
 * One page of the partner's clients under management, keyset-paged (never OFFSET), by name or
 * by date (see ORDERS). Only the partner's acting roles may list them;
 * anyone else, EXTERNAL members of the partner included, gets NOT_FOUND. The page carries what
 * `extras` names for its rows (the resolver knows what the operation selects).
 */
export async function listManagedClients(
  ctx: RequestContext,
  partnerOrganizationId: string,
  options: { first: number; after: string | null; search: string | null; orderBy: ManagedClientOrder },
  extras: ManagedClientPageExtras = NO_EXTRAS,
): Promise<ManagedClientConnection> {
  const partnerAccess = await requireActingPartnerAccess(ctx, partnerOrganizationId);
  checkPageSize(options.first); // refused before the search, as the arguments come
  const search = options.search?.trim() || null;
  if (search && search.length > MANAGED_CLIENT_SEARCH_MAX) {
    throw badUserInput('search', `Search with at most ${MANAGED_CLIENT_SEARCH_MAX} characters.`);
  }
  const page = pageRequest(ORDERS[options.orderBy], options.first, options.after);
  const filter: ManagedClientFilter = { partnerOrganizationId, subject: policySubject(ctx.actor), pattern: search ? likeContains(search) : null };
  const listed = await keysetPage(ctx.dataSource, listedClients(ctx, filter, options.orderBy, extras, partnerAccess), page, { withCount: extras.totalCount });
  return Object.assign(new ManagedClientConnection(), listed, { filter, counted: typeof listed.totalCount === 'number' ? listed.totalCount : null });
}

/** How many clients the listing holds (with its search): asked only when `totalCount` is selected and the page did not count. */
export function countManagedClients(ctx: RequestContext, filter: ManagedClientFilter): Promise<number> {
  // The partner's ACTIVE partnerships, from its own index entries (the name is the partnership's copy).
  return keysetCount(ctx.dataSource, listedClients(ctx, filter, 'NAME'));
}
