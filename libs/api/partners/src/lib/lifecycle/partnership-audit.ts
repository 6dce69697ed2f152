import type { EntityManager } from 'typeorm';
import { recordAuditEvent, type TxContext } from '@manager/api-core';
import type { PartnershipSide } from '@manager/domain';
import type { Partnership } from '../partnership.entity';

/**
 * Records a partnership event in both organizations' trails, in the caller's transaction. In the
 * client's trail, an action of the partner's people names the partner (`partner_organization_id`),
 * which is how the client reads what its partner did; in the partner's own trail its people act as
 * members. `null` for a summary skips that trail.
 */
export async function auditPartnership(
  ctx: TxContext,
  partnership: Pick<Partnership, 'id' | 'clientOrganizationId' | 'partnerOrganizationId'>,
  actingSide: PartnershipSide,
  action: string,
  summaries: { client: string | null; partner: string | null },
): Promise<void> {
  const target = { type: 'Partnership', id: partnership.id };
  if (summaries.client) {
    await recordAuditEvent(ctx, {
      organizationId: partnership.clientOrganizationId,
      action,
      summary: summaries.client,
      target,
      partnerOrganizationId: actingSide === 'PARTNER' ? partnership.partnerOrganizationId : null,
    });
  }
  if (summaries.partner) {
    await recordAuditEvent(ctx, { organizationId: partnership.partnerOrganizationId, action, summary: summaries.partner, target });
  }
}

/** A person's name for an audit summary or an email. */
export async function displayNameOf(tx: EntityManager, userId: string): Promise<string> {
  const [row]: { display_name: string }[] = await tx.query(`SELECT display_name FROM app_user WHERE id = $1`, [userId]);
  return row?.display_name ?? 'a former user';
}
