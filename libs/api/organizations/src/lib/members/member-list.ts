import {
  entityRows,
  type KeysetOrder,
  keysetKey,
  keysetPage,
  pageRequest,
  requirePermission,
  type RequestContext,
} from '@manager/api-core';
import type { MembershipRole } from '@manager/domain';
import { Membership } from '../membership.entity';
import { MembershipConnection } from './membership-connection';
import { memberLoaders, toPerson } from './member.loaders';

/**
 * The members list, a declared read model (apps/api/src/table-ownership.ts): it joins identity's
 * `app_user` because the list is ordered by the people's names, and that order is the keyset.
 */

/** The order of the members list: the legal responsible first, external people last. */
export const ROLE_RANK: Record<MembershipRole, number> = { LEGAL_RESPONSIBLE: 0, ADMIN: 1, USER: 2, EXTERNAL: 3 };
const RANK_SQL = `CASE m.role ${Object.entries(ROLE_RANK)
  .map(([role, rank]) => `WHEN '${role}' THEN ${rank}`)
  .join(' ')} END`;

/** By role (legal responsible, administrators, users, externals), then name; the id breaks ties. */
const BY_ROLE_THEN_NAME: KeysetOrder = {
  keys: [keysetKey.int(RANK_SQL, 0, Math.max(...Object.values(ROLE_RANK))), keysetKey.text('u.display_name'), keysetKey.uuid('m.id')],
  direction: 'ASC',
};

/**
 * One page of an organization's members, ordered by role then name, with keyset cursors. The
 * people come in the same statement and prime the person loader, so `person` costs nothing more.
 */
export async function listMembers(
  ctx: RequestContext,
  organizationId: string,
  first: number,
  after: string | null,
): Promise<MembershipConnection> {
  // The organization is in sight, so its list is refused openly; the wording fits both EXTERNAL
  // members and LIMITED partners, the two ways in that do not read members.
  await requirePermission(ctx, organizationId, 'MEMBERS_READ', 'Your access to this organization covers some of its products, not its people.');
  const page = pageRequest(BY_ROLE_THEN_NAME, first, after);
  const memberships = entityRows(ctx.dataSource, Membership, 'm');
  const people = memberLoaders(ctx).personByUserId;
  const members = await keysetPage(
    ctx.dataSource,
    {
      name: 'organizations.members',
      select: `${memberships.columns}, u.display_name, u.email`,
      from: 'membership m JOIN app_user u ON u.id = m.user_id',
      where: 'm.organization_id = $1',
      params: [organizationId],
      order: BY_ROLE_THEN_NAME,
      map: (row: Record<string, unknown> & { display_name: string; email: string }) => {
        const membership = memberships.map(row);
        people.prime(membership.userId, toPerson({ id: membership.userId, displayName: row.display_name, email: row.email }));
        return membership;
      },
    },
    page,
  );
  return Object.assign(new MembershipConnection(), members, { organizationId });
}

