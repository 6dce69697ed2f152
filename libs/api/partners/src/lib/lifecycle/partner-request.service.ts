import { isEmail } from 'class-validator';
import {
  badUserInput,
  conflict,
  enqueueEmail,
  forbidden,
  recordAuditEvent,
  requirePermission,
  type RequestContext,
  inTransaction,
  type TxContext,
} from '@manager/api-core';
import { displayNameOf, findUserByEmail, normalizeEmail } from '@manager/api-identity';
import { organizationsLedBy, partnerProfiles } from '@manager/api-organizations';
import { DEFAULT_LANGUAGE } from '@manager/domain';
import { enqueueAll, refusedEmails, requestEmail } from '../emails/partnership-emails';
import { clientPartnershipLink, partnerClientsLink } from '../emails/partnership-links';
import { partnershipParties } from '../emails/partnership-parties';
import type { Partnership } from '../partnership.entity';
import { cancelExpiredPending } from './grant.service';
import type { RequestClientAccessInput, ReviewPartnerRequestInput } from './lifecycle.inputs';
import { auditPartnership } from './partnership-audit';
import { actorUserId, lockPartnership, PARTNER_REFUSAL, reloadPartnership, requireStatus } from './partnership-lookup';
import { createPartnership } from './partnership-create';
import { checkEndsAt, checkScope, writeScopeProducts } from './partnership-scope';
import { transitionPartnership } from './partnership-transition';
import { startPartnership } from './partnership-start';

const OWN_INVITATION = 'This is your own invitation: the partner accepts or refuses it (you can resend or delete it).';
const EXPIRED_REQUEST = 'This request has expired: the partner can ask again.';

/**
 * A partner asks a client for access, by the email of the client's legal responsible. The answer
 * only echoes the email: whether any organization has that legal responsible is never told. For
 * each organization where it does, and no live partnership with the partner exists, a PENDING
 * request (initiated by the partner) is written and the legal responsible is emailed.
 */
export async function requestClientAccess(ctx: RequestContext, input: RequestClientAccessInput): Promise<{ requestedEmail: string }> {
  const userId = actorUserId(ctx);
  await requirePermission(ctx, input.partnerOrganizationId, 'CLIENTS_MANAGE', PARTNER_REFUSAL);
  const email = normalizeEmail(input.legalResponsibleEmail);
  if (!isEmail(email)) throw badUserInput('legalResponsibleEmail', 'Enter a valid email address.');
  if (input.access === 'COMPLETE' && !input.billingOwner) {
    throw badUserInput('billingOwner', 'Propose who pays with complete access: the client (CLIENT) or your organization (PARTNER).');
  }
  if (input.access === 'LIMITED' && input.billingOwner) {
    throw badUserInput('billingOwner', 'Only complete access asks who pays: leave the billing owner out for limited access.');
  }
  const message = input.message?.trim() || null;
  return inTransaction(ctx, async (txc) => {
    const { tx } = txc;
    const [profile] = await partnerProfiles(tx, [input.partnerOrganizationId]);
    if (!profile) throw forbidden('Only partner organizations ask clients for access: join the partner program first.');
    const requesterName = await displayNameOf(tx, userId);
    const person = await findUserByEmail(tx, email);
    const clients = person ? (await organizationsLedBy(tx, person.id)).filter((id) => id !== input.partnerOrganizationId) : [];
    for (const clientId of clients) {
      await cancelExpiredPending(txc, clientId, input.partnerOrganizationId);
      // A live partnership (pending or active) with this client: nothing new, and nothing said.
      const created = await createPartnership(
        tx,
        {
          clientOrganizationId: clientId,
          partnerOrganizationId: input.partnerOrganizationId,
          access: input.access,
          billingOwner: input.billingOwner ?? null,
          initiatedBy: 'PARTNER',
          invitation: { tokenHash: null, requestedByUserId: userId, requestedEmail: email },
        },
        'skip',
      );
      if (!created) continue;
      const { id } = created;
      const parties = await partnershipParties(tx, clientId, input.partnerOrganizationId);
      await enqueueEmail(
        tx,
        // Only a person with an account leads a client: their own language, English if they chose none.
        requestEmail({ email, language: person?.language ?? DEFAULT_LANGUAGE }, {
          partnerName: parties.partnerName,
          requesterName,
          access: input.access,
          billingOwner: input.billingOwner ?? null,
          message,
          link: clientPartnershipLink(ctx.publicUrl, clientId, id),
          expiresAt: created.invitationExpiresAt as Date,
        }),
      );
      await auditPartnership(
        txc,
        { id, clientOrganizationId: clientId, partnerOrganizationId: input.partnerOrganizationId },
        'PARTNER',
        'partnership.requested',
        { partnerName: parties.partnerName, access: input.access },
      );
    }
    // The partner's own trail records the request whatever came of it (and says nothing of that).
    await recordAuditEvent(txc, {
      organizationId: input.partnerOrganizationId,
      action: 'partnership.request_sent',
      data: { email, access: input.access },
    });
    return { requestedEmail: email };
  });
}

/** Locks a partner's request for the client to answer: PENDING, initiated by the partner, not expired. */
async function lockRequest(ctx: TxContext, partnershipId: string): Promise<Partnership> {
  const { partnership } = await lockPartnership(ctx, partnershipId, 'CLIENT');
  requireStatus(partnership, 'PENDING');
  if (partnership.initiatedBy !== 'PARTNER') throw conflict(OWN_INVITATION, 'partnershipId');
  if (partnership.invitationExpiresAt && partnership.invitationExpiresAt.getTime() <= Date.now()) {
    throw conflict(EXPIRED_REQUEST, 'partnershipId');
  }
  return partnership;
}

/** The client's legal responsible accepts a partner's request, with the scope and billing it chooses → ACTIVE. */
export async function acceptPartnerRequest(ctx: RequestContext, input: ReviewPartnerRequestInput): Promise<Partnership> {
  const userId = actorUserId(ctx);
  const endsAt = checkEndsAt(input.endsAt);
  return inTransaction(ctx, async (txc) => {
    const { tx } = txc;
    const request = await lockRequest(txc, input.partnershipId);
    const scope = await checkScope(tx, request.clientOrganizationId, input);
    const accepted = await transitionPartnership(txc, request.id, 'PENDING', 'ACTIVE', {
      access: scope.access,
      billingOwner: scope.billingOwner,
      endsAt,
      acceptedByUserId: userId,
      reminded7dAt: null,
      reminded1dAt: null,
    });
    if (!accepted) throw conflict('This request was answered meanwhile.', 'partnershipId');
    await writeScopeProducts(tx, request.id, scope.productIds);
    const active = await reloadPartnership(tx, request.id);
    const changed = request.access !== scope.access || request.billingOwner !== scope.billingOwner;
    const askedFor = request.access === 'LIMITED' ? ({ access: 'LIMITED' } as const) : ({ access: 'COMPLETE', billingOwner: request.billingOwner ?? 'CLIENT' } as const);
    await startPartnership(txc, active, 'CLIENT', await displayNameOf(tx, userId), changed ? askedFor : null);
    return active;
  });
}

/** The client's legal responsible refuses a partner's request → REFUSED; the partner is emailed. */
export async function refusePartnerRequest(ctx: RequestContext, partnershipId: string): Promise<Partnership> {
  const userId = actorUserId(ctx);
  return inTransaction(ctx, async (txc) => {
    const { tx } = txc;
    const request = await lockRequest(txc, partnershipId);
    const refusedNow = await transitionPartnership(txc, request.id, 'PENDING', 'REFUSED', { endedByUserId: userId, endedBySide: 'CLIENT' });
    if (!refusedNow) throw conflict('This request was answered meanwhile.', 'partnershipId');
    const refused = await reloadPartnership(tx, request.id);
    const parties = await partnershipParties(tx, request.clientOrganizationId, request.partnerOrganizationId);
    const refuserName = await displayNameOf(tx, userId);
    await enqueueAll(
      tx,
      refusedEmails(parties.partnerRecipients, {
        refuserName,
        refuserOrganization: parties.clientName,
        otherOrganization: parties.partnerName,
        link: { target: 'seeClients', url: partnerClientsLink(ctx.publicUrl, request.partnerOrganizationId) },
      }),
    );
    await auditPartnership(txc, refused, 'CLIENT', 'partnership.refused', {
      by: 'CLIENT',
      clientName: parties.clientName,
      partnerName: parties.partnerName,
    });
    return refused;
  });
}
