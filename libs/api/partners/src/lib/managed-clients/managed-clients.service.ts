import {
  badUserInput,
  checkPageSize,
  type KeysetOrder,
  keysetCount,
  keysetKey,
  keysetPage,
  type KeysetQuery,
  pageRequest,
  policySubject,
  reachablePartnershipCondition,
  requireActingPartnerAccess,
  type RequestContext,
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
}

/**
 * By name (`lower(name), id`, served by organization_name_idx) or by date (`accepted_at DESC, id
 * DESC`, served by partnership_partner_since_idx). The cursor names its order, so a cursor of one
 * order is refused by the other.
 */
const ORDERS: Record<ManagedClientOrder, KeysetOrder> = {
  NAME: { tag: 'NAME', keys: [keysetKey.text('lower(o.name)'), keysetKey.uuid('o.id')], direction: 'ASC' },
  SINCE: { tag: 'SINCE', keys: [keysetKey.timestamp('ps.accepted_at'), keysetKey.uuid('ps.id')], direction: 'DESC' },
};

/**
 * The partner's ACTIVE, not expired partnerships that the actor reaches (the policy's own
 * condition: an API token only the clients it selects and that did not block it), with `$1` the
 * partner and `$2` the actor (`policySubject`).
 */
const livePartnerships = `ps.partner_organization_id = $1 AND ${reachablePartnershipCondition('ps', '$2')}`;

/** The partner's live partnerships, their client organizations, and the search: the listing and its count. */
function listedClients(filter: ManagedClientFilter, order: ManagedClientOrder): KeysetQuery<ManagedClientRow, ManagedClient> {
  return {
    name: 'partners.managed-clients',
    select: 'ps.id AS partnership_id, ps.client_organization_id, ps.access, ps.billing_owner, ps.accepted_at, ps.ends_at',
    from: 'partnership ps JOIN organization o ON o.id = ps.client_organization_id',
    where: filter.pattern ? `${livePartnerships} AND lower(o.name) LIKE $3` : livePartnerships,
    params: filter.pattern ? [filter.partnerOrganizationId, filter.subject, filter.pattern] : [filter.partnerOrganizationId, filter.subject],
    order: ORDERS[order],
    map: (row) =>
      Object.assign(new ManagedClient(), {
        partnershipId: row.partnership_id,
        clientOrganizationId: row.client_organization_id,
        access: row.access,
        billingOwner: row.billing_owner,
        since: row.accepted_at,
        endsAt: row.ends_at,
      }),
  };
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
  checkPageSize(options.first); // refused before the search, as the arguments come
  const search = options.search?.trim() || null;
  if (search && search.length > MANAGED_CLIENT_SEARCH_MAX) {
    throw badUserInput('search', `Search with at most ${MANAGED_CLIENT_SEARCH_MAX} characters.`);
  }
  const page = pageRequest(ORDERS[options.orderBy], options.first, options.after);
  const filter: ManagedClientFilter = { partnerOrganizationId, subject: policySubject(ctx.actor), pattern: search ? likeContains(search) : null };
  return Object.assign(new ManagedClientConnection(), await keysetPage(ctx.dataSource, listedClients(filter, options.orderBy), page), { filter });
}

/** How many clients the listing holds (with its search): asked only when `totalCount` is selected. */
export function countManagedClients(ctx: RequestContext, filter: ManagedClientFilter): Promise<number> {
  // Without a search the organizations need not be joined (the foreign key vouches for them):
  // the partner's ACTIVE partnerships are counted from partnership_partner_since_idx alone.
  const listed = listedClients(filter, 'NAME');
  return keysetCount(ctx.dataSource, filter.pattern ? listed : { ...listed, from: 'partnership ps' });
}
