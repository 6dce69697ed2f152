import { sqlRead, type TxContext } from '@manager/api-core';
import type { MembershipRole } from '@manager/domain';
import { Membership } from '../membership.entity';

/** An EXTERNAL member of an organization and the products granted to them. */
export interface ExternalMember {
  membershipId: string;
  userId: string;
  grantedProductIds: string[];
}

interface ExternalMemberRow {
  id: string;
  user_id: string;
  product_ids: string[];
}

/**
 * The EXTERNAL members of `organizationId` who also hold one of `roles` in `otherOrganizationId`
 * (a partner's people who were let in one product at a time before the partnership), with their
 * granted products. Their memberships stay locked until the caller's transaction ends, so a
 * concurrent change to them waits for the fold (see `endExternalMembership`).
 */
export function lockExternalMembersAlsoIn(
  txc: TxContext,
  organizationId: string,
  otherOrganizationId: string,
  roles: readonly MembershipRole[],
): Promise<ExternalMember[]> {
  return sqlRead(
    txc.tx,
    {
      name: 'organizations.external-members-also-in',
      text: `SELECT m.id, m.user_id,
                    array(SELECT g.product_id FROM membership_product_grant g WHERE g.membership_id = m.id) AS product_ids
             FROM membership m
             WHERE m.organization_id = $1 AND m.role = 'EXTERNAL'
               AND EXISTS (SELECT 1 FROM membership om
                           WHERE om.organization_id = $2 AND om.user_id = m.user_id AND om.role = ANY($3::text[]))
             ORDER BY m.id
             FOR UPDATE OF m`,
      values: [organizationId, otherOrganizationId, roles],
    },
    (row: ExternalMemberRow) => ({ membershipId: row.id, userId: row.user_id, grantedProductIds: row.product_ids }),
  );
}

/**
 * Ends an EXTERNAL membership inside the caller's transaction (its product grants go with it):
 * the person now reaches the organization another way, through a partnership. Any other role is
 * left alone.
 */
export async function endExternalMembership(txc: TxContext, membershipId: string): Promise<void> {
  await txc.tx.delete(Membership, { id: membershipId, role: 'EXTERNAL' });
}
