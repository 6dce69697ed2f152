import { type AuditEntry, recordAuditEvent, type TxContext } from '@manager/api-core';
import { AUDIT_ACTIONS, type AuditData, type AuditScope, type BillingOwner, type PartnershipAccess, type PartnershipAuditAction, type PartnershipSide } from '@manager/domain';
import type { Partnership } from '../partnership.entity';

/** A partnership event's data without `trail`: each trail's row gets its own. */
type PartnershipEventData<A extends PartnershipAuditAction> = Omit<AuditData<A>, 'trail'>;

/**
 * Records a partnership event in the trails its action is written to (`AUDIT_ACTIONS[action]
 * .trails`), in the caller's transaction; each row says whose trail it is in, so it is worded from
 * that side. In the client's trail, an action of the partner's people names the partner
 * (`partner_organization_id`), which is how the client reads what its partner did; in the
 * partner's own trail its people act as members.
 */
export async function auditPartnership<A extends PartnershipAuditAction>(
  ctx: TxContext,
  partnership: Pick<Partnership, 'id' | 'clientOrganizationId' | 'partnerOrganizationId'>,
  actingSide: PartnershipSide,
  action: A,
  data: PartnershipEventData<A>,
): Promise<void> {
  for (const trail of AUDIT_ACTIONS[action].trails) {
    const client = trail === 'CLIENT';
    // The compiler cannot follow `A` through the spread; `data` was checked against `A` above.
    const entry = {
      organizationId: client ? partnership.clientOrganizationId : partnership.partnerOrganizationId,
      action,
      data: { ...data, trail },
      targetId: partnership.id,
      partnerOrganizationId: client && actingSide === 'PARTNER' ? partnership.partnerOrganizationId : null,
    } as unknown as AuditEntry<A>;
    await recordAuditEvent(ctx, entry);
  }
}

/** A scope as the trail records it. */
export function auditScope(access: PartnershipAccess, productCount: number, billingOwner: BillingOwner | null): AuditScope {
  return access === 'LIMITED' ? { access, productCount } : { access, billingOwner: billingOwner ?? 'CLIENT' };
}
