import { livePartnershipCondition, sqlRead, type TxContext } from '@manager/api-core';
import type { BillingOwner, PartnershipAccess } from '@manager/domain';

/** A live partnership of the client, as an order weighs it. */
export interface OrderPartnership {
  id: string;
  partnerOrganizationId: string;
  access: PartnershipAccess;
  billingOwner: BillingOwner | null;
}

interface OrderPartnershipRow {
  id: string;
  partner_organization_id: string;
  access: PartnershipAccess;
  billing_owner: BillingOwner | null;
}

/**
 * The client's live partnerships that decide an order: the COMPLETE ones (who pays, who earns the
 * rebate) and the one the partner acts through (`actingPartnershipId`, else null), oldest first.
 * They stay locked FOR SHARE until the order's transaction ends: a change of billing owner or a
 * termination (which lock the row FOR UPDATE) waits for the order, or the order for it, so the
 * payer cannot change under an order and a partnership ended meanwhile no longer lets its partner
 * order.
 */
export function lockPartnershipsForOrder(txc: TxContext, clientOrganizationId: string, actingPartnershipId: string | null): Promise<OrderPartnership[]> {
  return sqlRead(
    txc.tx,
    {
      name: 'partners.lock-partnerships-for-order',
      text: `SELECT ps.id, ps.partner_organization_id, ps.access, ps.billing_owner
             FROM partnership ps
             WHERE ps.client_organization_id = $1 AND ${livePartnershipCondition('ps')}
               AND (ps.access = 'COMPLETE' OR ps.id = $2)
             ORDER BY ps.accepted_at NULLS LAST, ps.id
             FOR SHARE OF ps`,
      values: [clientOrganizationId, actingPartnershipId],
    },
    (row: OrderPartnershipRow): OrderPartnership => ({
      id: row.id,
      partnerOrganizationId: row.partner_organization_id,
      access: row.access,
      billingOwner: row.billing_owner,
    }),
  );
}
