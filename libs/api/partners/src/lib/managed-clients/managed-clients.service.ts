import {
  badUserInput,
  checkPageSize,
  cursorPart,
  decodeCursor,
  encodeCursor,
  livePartnershipCondition,
  requireActingPartnerAccess,
  type RequestContext,
  toConnection,
} from '@manager/api-core';
import type { BillingOwner, PartnershipAccess } from '@manager/domain';
import { likeContains } from '../directory/partner-directory.service';
import { ManagedClient, ManagedClientConnection, type ManagedClientFilter, type ManagedClientOrder } from './managed-client.type';

export const MANAGED_CLIENT_SEARCH_MAX = 100;

interface ManagedClientRow {
  partnership_id: string;
  client_organization_id: string;
  access: PartnershipAccess;
  billing_owner: BillingOwner | null;
  accepted_at: Date;
  ends_at: Date | null;
  name_key: string;
}

/** The cursor names its order, so a cursor of one order is refused by the other. */
function cursorOf(order: ManagedClientOrder, row: ManagedClientRow): string {
  return order === 'NAME'
    ? encodeCursor(['NAME', row.name_key, row.client_organization_id])
    : encodeCursor(['SINCE', row.accepted_at.toISOString(), row.partnership_id]);
}

function readCursor(order: ManagedClientOrder, after: string): [string, string] {
  const [, key, id] = decodeCursor(after, [cursorPart.oneOf(order), order === 'NAME' ? cursorPart.text() : cursorPart.timestamp, cursorPart.uuid]);
  return [key, id];
}

/**
 * The FROM and WHERE shared by the page and its count: the partner's ACTIVE, not expired
 * partnerships (the policy's own condition), their client organizations, and the search.
 */
function listedClients(filter: ManagedClientFilter): { sql: string; params: unknown[] } {
  const params: unknown[] = [filter.partnerOrganizationId];
  let sql = `FROM partnership ps JOIN organization o ON o.id = ps.client_organization_id
    WHERE ps.partner_organization_id = $1 AND ${livePartnershipCondition('ps')}`;
  if (filter.pattern) {
    params.push(filter.pattern);
    sql += ` AND lower(o.name) LIKE $${params.length}`;
  }
  return { sql, params };
}

/**
 * One page of the partner's clients under management, keyset-paged (never OFFSET): by name
 * (`lower(name), id`, served by organization_name_idx) or by date (`accepted_at DESC, id DESC`,
 * served by partnership_partner_since_idx). Only the partner's acting roles may list them;
 * anyone else, EXTERNAL members of the partner included, gets NOT_FOUND.
 */
export async function listManagedClients(
  ctx: RequestContext,
  partnerOrganizationId: string,
  options: { first: number; after: string | null; search: string | null; orderBy: ManagedClientOrder },
): Promise<ManagedClientConnection> {
  await requireActingPartnerAccess(ctx, partnerOrganizationId);
  const size = checkPageSize(options.first);
  const search = options.search?.trim() || null;
  if (search && search.length > MANAGED_CLIENT_SEARCH_MAX) {
    throw badUserInput('search', `Search with at most ${MANAGED_CLIENT_SEARCH_MAX} characters.`);
  }
  const filter: ManagedClientFilter = { partnerOrganizationId, pattern: search ? likeContains(search) : null };
  const { sql, params } = listedClients(filter);
  const order = options.orderBy;
  let keyset = '';
  if (options.after) {
    const [key, id] = readCursor(order, options.after);
    params.push(key, id);
    const [k, i] = [`$${params.length - 1}`, `$${params.length}`];
    keyset =
      order === 'NAME'
        ? ` AND (lower(o.name), o.id) > (${k}::text, ${i}::uuid)`
        : ` AND (ps.accepted_at, ps.id) < (${k}::timestamptz, ${i}::uuid)`;
  }
  params.push(size + 1);
  const orderBy = order === 'NAME' ? 'lower(o.name), o.id' : 'ps.accepted_at DESC, ps.id DESC';
  const rows: ManagedClientRow[] = await ctx.dataSource.query(
    `SELECT ps.id AS partnership_id, ps.client_organization_id, ps.access, ps.billing_owner, ps.accepted_at, ps.ends_at,
            lower(o.name) AS name_key
     ${sql}${keyset}
     ORDER BY ${orderBy}
     LIMIT $${params.length}`,
    params,
  );
  const page = toConnection(rows, size, (row) => cursorOf(order, row));
  return Object.assign(new ManagedClientConnection(), {
    pageInfo: page.pageInfo,
    edges: page.edges.map((edge) => ({
      cursor: edge.cursor,
      node: Object.assign(new ManagedClient(), {
        partnershipId: edge.node.partnership_id,
        clientOrganizationId: edge.node.client_organization_id,
        access: edge.node.access,
        billingOwner: edge.node.billing_owner,
        since: edge.node.accepted_at,
        endsAt: edge.node.ends_at,
      }),
    })),
    filter,
  });
}

/** How many clients the listing holds (with its search): asked only when `totalCount` is selected. */
export async function countManagedClients(ctx: RequestContext, filter: ManagedClientFilter): Promise<number> {
  // Without a search the organizations need not be joined (the foreign key vouches for them):
  // the partner's ACTIVE partnerships are counted from partnership_partner_since_idx alone.
  const { sql, params } = filter.pattern
    ? listedClients(filter)
    : { sql: `FROM partnership ps WHERE ps.partner_organization_id = $1 AND ${livePartnershipCondition('ps')}`, params: [filter.partnerOrganizationId] };
  const [row]: { count: number }[] = await ctx.dataSource.query(`SELECT count(*)::int AS count ${sql}`, params);
  return row.count;
}
