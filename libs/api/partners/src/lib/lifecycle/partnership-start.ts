import type { TxContext } from '@manager/api-core';
import { type PartnershipSide, ROLES_ACTING_FOR_PARTNER } from '@manager/domain';
import { acceptedEmails, enqueueAll } from '../emails/partnership-emails';
import { clientPartnershipLink, partnerClientsLink } from '../emails/partnership-links';
import { partnershipParties } from '../emails/partnership-parties';
import type { Partnership } from '../partnership.entity';
import { auditPartnership } from './partnership-audit';
import { describeScope, scopeProductNames } from './partnership-scope';

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
  summaries: { client: string; partner: string },
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
    const coverage =
      partnership.access === 'COMPLETE'
        ? 'complete access covers every product'
        : `${member.product_ids.length} granted product${member.product_ids.length === 1 ? '' : 's'} kept in its scope (${added} added)`;
    await auditPartnership(ctx, partnership, actingSide, 'partnership.external_member_folded', {
      client: `${member.display_name}'s external membership ended: the partnership with ${parties.partnerName} covers it now (${coverage})`,
      partner: null,
    });
  }
  const productNames = await scopeProductNames(tx, partnership.id);
  const scope = describeScope(partnership.access, productNames.length, partnership.billingOwner);
  await auditPartnership(ctx, partnership, actingSide, 'partnership.accepted', {
    client: `${summaries.client}: ${parties.partnerName} now has ${scope}`,
    partner: `${summaries.partner}: ${parties.partnerName} now has ${scope} to ${parties.clientName}`,
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
