import type { TxContext } from '@manager/api-core';
import { userSummaries } from '@manager/api-identity';
import { endExternalMembership, type ExternalMember, lockExternalMembersAlsoIn } from '@manager/api-organizations';
import { type PartnershipAcceptedData, type PartnershipSide, ROLES_ACTING_FOR_PARTNER } from '@manager/domain';
import { acceptedEmails, enqueueAll } from '../emails/partnership-emails';
import { clientPartnershipLink, partnerClientsLink } from '../emails/partnership-links';
import { partnershipParties } from '../emails/partnership-parties';
import type { Partnership } from '../partnership.entity';
import { auditPartnership, auditScope } from './partnership-audit';
import { scopeProductNames } from './partnership-scope';

/**
 * The client's EXTERNAL members who act for the partner, locked, by display name (the order the
 * trail records their folds in).
 */
async function externalMembersToFold(ctx: TxContext, partnership: Partnership): Promise<(ExternalMember & { displayName: string })[]> {
  const members = await lockExternalMembersAlsoIn(ctx, partnership.clientOrganizationId, partnership.partnerOrganizationId, ROLES_ACTING_FOR_PARTNER);
  if (!members.length) return [];
  const byUser = new Map(members.map((member) => [member.userId, member]));
  const people = await userSummaries(ctx.tx, [...byUser.keys()]);
  return people.flatMap((person) => {
    const member = byUser.get(person.id);
    return member ? [{ ...member, displayName: person.displayName }] : [];
  });
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
  for (const member of await externalMembersToFold(ctx, partnership)) {
    let added = 0;
    if (partnership.access === 'LIMITED' && member.grantedProductIds.length) {
      const inserted: unknown[] = await tx.query(
        `INSERT INTO partnership_product (partnership_id, product_id) SELECT $1, unnest($2::uuid[])
         ON CONFLICT DO NOTHING RETURNING product_id`,
        [partnership.id, member.grantedProductIds],
      );
      added = inserted.length;
    }
    await endExternalMembership(ctx, member.membershipId);
    await auditPartnership(ctx, partnership, actingSide, 'partnership.external_member_folded', {
      memberName: member.displayName,
      partnerName: parties.partnerName,
      coverage:
        partnership.access === 'COMPLETE'
          ? { access: 'COMPLETE' }
          : { access: 'LIMITED', grantedCount: member.grantedProductIds.length, addedCount: added },
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
