import type { EntityManager } from 'typeorm';
import { badUserInput, conflict, forbidden, type RequestContext, type TxContext, inTransaction } from '@manager/api-core';
import { organizationNames } from '@manager/api-organizations';
import { enqueueAll, refusedEmails } from '../emails/partnership-emails';
import { clientPartnershipLink } from '../emails/partnership-links';
import { partnershipParties } from '../emails/partnership-parties';
import { displayNameOf } from '@manager/api-identity';
import { auditPartnership } from '../lifecycle/partnership-audit';
import { actorUserId, lockPartnership, PARTNER_REFUSAL, reloadPartnership, requireStatus, sidesOf } from '../lifecycle/partnership-lookup';
import { scopeProductNames } from '../lifecycle/partnership-scope';
import { startPartnership } from '../lifecycle/partnership-start';
import { transitionPartnership, type PartnershipTransitionChanges } from '../lifecycle/partnership-transition';
import { Partnership } from '../partnership.entity';
import type { PartnershipInvitationPreview, RespondToPartnershipInvitationInput } from './invitation.inputs';
import { hashPartnershipToken } from './partnership-token';

export const INVALID_TOKEN =
  'This invitation link is no longer valid: it was already answered, replaced by a newer email, deleted or has expired. Ask the client for a new invitation.';
const OWN_REQUEST = 'This is your own request: the client accepts or refuses it (you can withdraw it).';
const EXPIRED = 'This invitation has expired: ask the client to send it again.';
const ANSWERED = 'This invitation was answered meanwhile.';

/** A live invitation by its token (pending, sent by the client, not expired), or null. */
async function findByToken(manager: Pick<EntityManager, 'createQueryBuilder'>, token: string): Promise<Partnership | null> {
  if (!token || token.length > 200) return null;
  return manager
    .createQueryBuilder(Partnership, 'p')
    .where('p.invitation_token_hash = :hash', { hash: hashPartnershipToken(token) })
    .andWhere(`p.status = 'PENDING' AND p.initiated_by = 'CLIENT' AND p.invitation_expires_at > now()`)
    .getOne();
}

/**
 * The invitation the partner answers, from the email's token or from its pending list (by id),
 * checked: the actor is the partner's legal responsible or an administrator; it is a client's
 * invitation, pending and not expired.
 */
async function invitationToAnswer(ctx: TxContext, input: RespondToPartnershipInvitationInput): Promise<Partnership> {
  const { tx } = ctx;
  const token = input.token?.trim();
  if (Boolean(token) === Boolean(input.partnershipId)) {
    throw badUserInput('token', 'Give either the token of the email link or the partnershipId, not both.');
  }
  if (token) {
    const invitation = await findByToken(tx, token);
    if (!invitation) throw badUserInput('token', INVALID_TOKEN);
    // The token holder knows which partner is invited; only its LR or an administrator answers.
    const { partner } = await sidesOf(ctx, invitation);
    if (!partner?.permissions.includes('CLIENTS_MANAGE')) {
      const [partner] = await organizationNames(tx, [invitation.partnerOrganizationId]);
      const name = partner?.publicName ?? partner?.name;
      throw forbidden(`This invitation is for ${name}: only its legal responsible or an administrator answers it. Log in as one of them.`);
    }
    return invitation;
  }
  const { partnership } = await lockPartnership(ctx, input.partnershipId as string, 'PARTNER', PARTNER_REFUSAL);
  requireStatus(partnership, 'PENDING');
  if (partnership.initiatedBy !== 'CLIENT') throw conflict(OWN_REQUEST, 'partnershipId');
  if ((partnership.invitationExpiresAt?.getTime() ?? 0) <= Date.now()) throw conflict(EXPIRED, 'partnershipId');
  return partnership;
}

/**
 * Flips a pending invitation, atomically: of two answers at the same instant, the second waits for
 * the first and then finds nothing PENDING (CONFLICT). The token dies with the answer.
 */
async function answer(
  ctx: TxContext,
  invitation: Partnership,
  to: 'ACTIVE' | 'REFUSED',
  changes: PartnershipTransitionChanges,
): Promise<void> {
  if (!(await transitionPartnership(ctx, invitation.id, 'PENDING', to, changes))) throw conflict(ANSWERED, 'partnershipId');
}

/** The partner accepts → ACTIVE; EXTERNAL memberships of its people in the client are folded in. */
export async function acceptPartnershipInvitation(ctx: RequestContext, input: RespondToPartnershipInvitationInput): Promise<Partnership> {
  const userId = actorUserId(ctx);
  return inTransaction(ctx, async (txc) => {
    const { tx } = txc;
    const invitation = await invitationToAnswer(txc, input);
    await answer(txc, invitation, 'ACTIVE', { acceptedByUserId: userId });
    const active = await reloadPartnership(tx, invitation.id);
    await startPartnership(txc, active, 'PARTNER', await displayNameOf(tx, userId), null);
    return active;
  });
}

/** The partner refuses → REFUSED; the client's legal responsible is emailed. */
export async function refusePartnershipInvitation(ctx: RequestContext, input: RespondToPartnershipInvitationInput): Promise<Partnership> {
  const userId = actorUserId(ctx);
  return inTransaction(ctx, async (txc) => {
    const { tx } = txc;
    const invitation = await invitationToAnswer(txc, input);
    await answer(txc, invitation, 'REFUSED', { endedByUserId: userId, endedBySide: 'PARTNER' });
    const refused = await reloadPartnership(tx, invitation.id);
    const parties = await partnershipParties(tx, refused.clientOrganizationId, refused.partnerOrganizationId);
    await enqueueAll(
      tx,
      refusedEmails(parties.clientRecipients, {
        refuserName: await displayNameOf(tx, userId),
        refuserOrganization: parties.partnerName,
        otherOrganization: parties.clientName,
        link: { target: 'seePartnership', url: clientPartnershipLink(ctx.publicUrl, refused.clientOrganizationId, refused.id) },
      }),
    );
    await auditPartnership(txc, refused, 'PARTNER', 'partnership.refused', {
      by: 'PARTNER',
      clientName: parties.clientName,
      partnerName: parties.partnerName,
    });
    return refused;
  });
}

/** What an invitation link offers; null when the token is unknown, answered, replaced or expired. */
export async function partnershipInvitationPreview(ctx: RequestContext, token: string): Promise<PartnershipInvitationPreview | null> {
  const invitation = await findByToken(ctx.dataSource.manager, token);
  if (!invitation) return null;
  const parties = await partnershipParties(ctx.dataSource, invitation.clientOrganizationId, invitation.partnerOrganizationId);
  return {
    partnershipId: invitation.id,
    clientName: parties.clientName,
    partnerName: parties.partnerName,
    access: invitation.access,
    billingOwner: invitation.billingOwner,
    productNames: await scopeProductNames(ctx.dataSource, invitation.id),
    expiresAt: invitation.invitationExpiresAt as Date,
  };
}
