import type { TxContext } from '@manager/api-core';
import { type PartnershipAcceptedData, type PartnershipSide, ROLES_ACTING_FOR_PARTNER } from '@manager/domain';
import { acceptedEmails, enqueueAll } from '../emails/partnership-emails';
import { clientPartnershipLink, partnerClientsLink } from '../emails/partnership-links';
import { partnershipParties } from '../emails/partnership-parties';
import type { Partnership } from '../partnership.entity';
import { auditPartnership, auditScope } from './partnership-audit';
import { scopeProductNames } from './partnership-scope';

interface FoldedMember {
  membership_id: string;
  display_name: string;
  product_ids: string[];
}

/**
 * What happens when a partnership becomes ACTIVE (the partner accepted an invitation, or the
 * client accepted a request), in the transaction that flipped the status:
 * - the partner's people who were EXTERNAL members of the client have that membership ended: the
 *   partnership covers them now. With LIMITED access their granted products join the scope, so
 *   nobody loses sight of a product; each fold is an audit event in the client's trail;
 * - both sides are emailed, and both trails record the start.
 */
export async function startPartnership(
  ctx: TxContext,
  partnership: Partnership,
  actingSide: PartnershipSide,
  accepterName: string,
  askedFor: PartnershipAcceptedData['askedFor'],
): Promise<void> {
  const { tx } = ctx;
  const parties = await partnershipParties(tx, partnership.clientOrganizationId, partnership.partnerOrganizationId);
  const folded: FoldedMember[] = await tx.query(
    `SELECT m.id AS membership_id, u.display_name,
            array(SELECT g.product_id FROM membership_product_grant g WHERE g.membership_id = m.id) AS product_ids
     FROM membership m JOIN app_user u ON u.id = m.user_id
     WHERE m.organization_id = $1 AND m.role = 'EXTERNAL'
       AND EXISTS (SELECT 1 FROM membership pm
                   WHERE pm.organization_id = $2 AND pm.user_id = m.user_id AND pm.role = ANY($3::text[]))
     ORDER BY u.display_name, m.id
     FOR UPDATE OF m`,
    [partnership.clientOrganizationId, partnership.partnerOrganizationId, ROLES_ACTING_FOR_PARTNER],
  );
  for (const member of folded) {
    let added = 0;
    if (partnership.access === 'LIMITED' && member.product_ids.length) {
      const inserted: unknown[] = await tx.query(
        `INSERT INTO partnership_product (partnership_id, product_id) SELECT $1, unnest($2::uuid[])
         ON CONFLICT DO NOTHING RETURNING product_id`,
        [partnership.id, member.product_ids],
      );
      added = inserted.length;
    }
    await tx.query(`DELETE FROM membership WHERE id = $1`, [member.membership_id]);
    await auditPartnership(ctx, partnership, actingSide, 'partnership.external_member_folded', {
      memberName: member.display_name,
      partnerName: parties.partnerName,
      coverage: partnership.access === 'COMPLETE' ? { access: 'COMPLETE' } : { access: 'LIMITED', grantedCount: member.product_ids.length, addedCount: added },
    });
  }
  const productNames = await scopeProductNames(tx, partnership.id);
  await auditPartnership(ctx, partnership, actingSide, 'partnership.accepted', {
    by: actingSide,
    clientName: parties.clientName,
    partnerName: parties.partnerName,
    scope: auditScope(partnership.access, productNames.length, partnership.billingOwner),
    askedFor,
  });
  await enqueueAll(
    tx,
    acceptedEmails(parties, {
      accepterName,
      scope: { access: partnership.access, billingOwner: partnership.billingOwner, productNames, endsAt: partnership.endsAt },
      clientLink: clientPartnershipLink(ctx.publicUrl, partnership.clientOrganizationId, partnership.id),
      partnerLink: partnerClientsLink(ctx.publicUrl, partnership.partnerOrganizationId),
    }),
  );
}
