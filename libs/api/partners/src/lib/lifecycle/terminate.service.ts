import { conflict, type RequestContext, inTransaction } from '@manager/api-core';
import { confirmPassword } from '@manager/api-identity';
import { enqueueAll, terminatedEmails } from '../emails/partnership-emails';
import { clientPartnershipLink, partnerClientsLink } from '../emails/partnership-links';
import { partnershipParties } from '../emails/partnership-parties';
import type { Partnership } from '../partnership.entity';
import type { TerminatePartnershipInput } from './lifecycle.inputs';
import { displayNameOf } from '@manager/api-identity';
import { auditPartnership } from './partnership-audit';
import { actorUserId, lockPartnership, reloadPartnership, requireStatus } from './partnership-lookup';
import { transitionPartnership } from './partnership-transition';

/**
 * Either side ends an ACTIVE partnership: the client's legal responsible, or the partner's legal
 * responsible or an administrator, confirming with their own password (a wrong one changes
 * nothing). Access ends at once everywhere, since the policy reads the status on every request;
 * both sides are emailed and the history stays readable by both.
 *
 * The password is confirmed first, before the transaction and whatever the partnership: the
 * throttled confirmation records its attempt on a connection of its own, and a wrong password
 * answers the same for every partnership id, reachable or not, so it tells nothing about them.
 */
export async function terminatePartnership(ctx: RequestContext, input: TerminatePartnershipInput): Promise<Partnership> {
  const userId = actorUserId(ctx);
  await confirmPassword(ctx, userId, input.password);
  return inTransaction(ctx, async (txc) => {
    const { tx } = txc;
    const { partnership, side } = await lockPartnership(txc, input.partnershipId, 'EITHER');
    requireStatus(partnership, 'ACTIVE');
    const terminated = await transitionPartnership(txc, partnership.id, 'ACTIVE', 'TERMINATED', { endedByUserId: userId, endedBySide: side });
    if (!terminated) throw conflict('This partnership was terminated meanwhile.', 'partnershipId');
    const ended = await reloadPartnership(tx, partnership.id);
    const parties = await partnershipParties(tx, ended.clientOrganizationId, ended.partnerOrganizationId);
    const enderName = await displayNameOf(tx, userId);
    await auditPartnership(txc, ended, side, 'partnership.terminated', {
      by: side,
      clientName: parties.clientName,
      partnerName: parties.partnerName,
    });
    await enqueueAll(
      tx,
      terminatedEmails(parties, {
        enderName,
        enderOrganization: side === 'CLIENT' ? parties.clientName : parties.partnerName,
        clientLink: clientPartnershipLink(ctx.publicUrl, ended.clientOrganizationId, ended.id),
        partnerLink: partnerClientsLink(ctx.publicUrl, ended.partnerOrganizationId),
      }),
    );
    return ended;
  });
}
