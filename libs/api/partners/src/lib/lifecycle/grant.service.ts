import {
  badUserInput,
  conflict,
  forbidden,
  requirePermission,
  tooManyRequests,
  type RequestContext,
  type TxContext,
  inTransaction,
} from '@manager/api-core';
import { partnerProfiles } from '@manager/api-organizations';
import { enqueueAll, invitationEmails } from '../emails/partnership-emails';
import { invitationLink } from '../emails/partnership-links';
import { partnershipParties } from '../emails/partnership-parties';
import { INVITATION_RESEND_INTERVAL_S, INVITATION_TTL_SECONDS, newPartnershipToken } from '../invitations/partnership-token';
import type { Partnership } from '../partnership.entity';
import type { GrantPartnerAccessInput } from './lifecycle.inputs';
import { displayNameOf } from '@manager/api-identity';
import { auditPartnership, auditScope } from './partnership-audit';
import {
  actorUserId,
  CLIENT_REFUSAL,
  isUniqueViolation,
  isUuid,
  lockPartnership,
  ONE_LIVE_PER_PAIR,
  reloadPartnership,
  requireStatus,
} from './partnership-lookup';
import { partnerNotFound } from './partner-not-found';
import { createPartnership } from './partnership-create';
import { checkEndsAt, checkScope, scopeProductNames, writeScopeProducts } from './partnership-scope';
import { transitionPartnership } from './partnership-transition';

const CANCEL_REFUSAL =
  'Only the side that sent it deletes an invitation or withdraws a request (the client’s legal responsible, the partner’s legal responsible or administrators); answer the other side’s with refuse.';

const LIVE_CONFLICT = {
  PENDING: 'This partner already has a pending invitation from your organization: resend or delete it instead.',
  ACTIVE: 'This partner already manages your organization: change the scope of that partnership instead.',
} as const;

/**
 * A PENDING invitation past its expiry no longer counts as live: it makes way for a new one.
 * (Without this, an unanswered invitation would block the pair forever.)
 */
export async function cancelExpiredPending(ctx: TxContext, clientOrganizationId: string, partnerOrganizationId: string): Promise<void> {
  // Locked, so a resend at the same instant (which pushes the expiry back) is seen before cancelling.
  const expired: { id: string }[] = await ctx.tx.query(
    `SELECT id FROM partnership
     WHERE client_organization_id = $1 AND partner_organization_id = $2 AND status = 'PENDING' AND invitation_expires_at <= now()
     FOR UPDATE`,
    [clientOrganizationId, partnerOrganizationId],
  );
  for (const { id } of expired) await transitionPartnership(ctx, id, 'PENDING', 'CANCELLED');
}

/** Emails the invitation (a fresh token) to the partner's contact email and legal responsible. */
async function sendInvitation(ctx: TxContext, partnership: Partnership, token: string, inviterName: string): Promise<void> {
  const { tx } = ctx;
  const parties = await partnershipParties(tx, partnership.clientOrganizationId, partnership.partnerOrganizationId);
  await enqueueAll(
    tx,
    invitationEmails(parties, {
      inviterName,
      scope: {
        access: partnership.access,
        billingOwner: partnership.billingOwner,
        productNames: await scopeProductNames(tx, partnership.id),
        endsAt: partnership.endsAt,
      },
      accept: invitationLink(ctx.publicUrl, token),
      refuse: invitationLink(ctx.publicUrl, token, 'refuse'),
      expiresAt: partnership.invitationExpiresAt as Date,
    }),
  );
}

/**
 * The client's legal responsible grants a listed partner LIMITED or COMPLETE access: a PENDING
 * partnership, its scope, the invitation email (single-use token, 14 days) and the audit events,
 * in one transaction. A second live partnership for the pair is a CONFLICT (the partial unique
 * index settles two grants at the same instant).
 */
export async function grantPartnerAccess(ctx: RequestContext, input: GrantPartnerAccessInput): Promise<Partnership> {
  const userId = actorUserId(ctx);
  await requirePermission(ctx, input.clientOrganizationId, 'PARTNERS_MANAGE', CLIENT_REFUSAL);
  if (input.partnerOrganizationId === input.clientOrganizationId) {
    throw badUserInput('partnerOrganizationId', 'An organization cannot be its own partner: choose another partner.');
  }
  if (!isUuid(input.partnerOrganizationId)) throw partnerNotFound();
  const endsAt = checkEndsAt(input.endsAt);
  try {
    return await inTransaction(ctx, async (txc) => {
      const { tx } = txc;
      const [profile] = await partnerProfiles(tx, [input.partnerOrganizationId]);
      if (!profile?.listed) throw partnerNotFound();
      const scope = await checkScope(tx, input.clientOrganizationId, input);
      await cancelExpiredPending(txc, input.clientOrganizationId, input.partnerOrganizationId);
      const [live]: { status: 'PENDING' | 'ACTIVE' }[] = await tx.query(
        `SELECT status FROM partnership WHERE client_organization_id = $1 AND partner_organization_id = $2 AND status IN ('PENDING', 'ACTIVE')`,
        [input.clientOrganizationId, input.partnerOrganizationId],
      );
      if (live) throw conflict(LIVE_CONFLICT[live.status], 'partnerOrganizationId');

      const { token, tokenHash } = newPartnershipToken();
      const { id } = await createPartnership(tx, {
        clientOrganizationId: input.clientOrganizationId,
        partnerOrganizationId: input.partnerOrganizationId,
        access: scope.access,
        billingOwner: scope.billingOwner,
        initiatedBy: 'CLIENT',
        endsAt,
        invitation: { tokenHash, requestedByUserId: userId },
      });
      await writeScopeProducts(tx, id, scope.productIds);
      const partnership = await reloadPartnership(tx, id);
      const inviterName = await displayNameOf(tx, userId);
      await sendInvitation(txc, partnership, token, inviterName);
      const parties = await partnershipParties(tx, partnership.clientOrganizationId, partnership.partnerOrganizationId);
      await auditPartnership(txc, partnership, 'CLIENT', 'partnership.invited', {
        clientName: parties.clientName,
        partnerName: parties.partnerName,
        scope: auditScope(scope.access, scope.productIds.length, scope.billingOwner),
        endsAt: endsAt ? endsAt.toISOString().slice(0, 10) : null,
      });
      return partnership;
    });
  } catch (error) {
    if (isUniqueViolation(error, ONE_LIVE_PER_PAIR)) {
      throw conflict('This partner already has a live partnership or invitation with your organization.', 'partnerOrganizationId');
    }
    throw error;
  }
}

/** A new link (the previous one dies) for a pending invitation, at most once a minute. */
export async function resendPartnerInvitation(ctx: RequestContext, partnershipId: string): Promise<Partnership> {
  const userId = actorUserId(ctx);
  return inTransaction(ctx, async (txc) => {
    const { tx } = txc;
    const { partnership } = await lockPartnership(txc, partnershipId, 'CLIENT');
    requireStatus(partnership, 'PENDING');
    if (partnership.initiatedBy !== 'CLIENT') {
      throw conflict('This is a request from the partner, not an invitation: accept or refuse it.', 'partnershipId');
    }
    const [{ wait }]: { wait: number }[] = await tx.query(
      `SELECT ceil(extract(epoch FROM invitation_sent_at + make_interval(secs => $2) - now()))::int AS wait FROM partnership WHERE id = $1`,
      [partnership.id, INVITATION_RESEND_INTERVAL_S],
    );
    if (wait > 0) throw tooManyRequests(wait);
    const { token, tokenHash } = newPartnershipToken();
    await tx.query(
      `UPDATE partnership SET invitation_token_hash = $2, invitation_sent_at = now(), invitation_expires_at = now() + make_interval(secs => $3)
       WHERE id = $1`,
      [partnership.id, tokenHash, INVITATION_TTL_SECONDS],
    );
    const renewed = await reloadPartnership(tx, partnership.id);
    await sendInvitation(txc, renewed, token, await displayNameOf(tx, userId));
    const parties = await partnershipParties(tx, partnership.clientOrganizationId, partnership.partnerOrganizationId);
    await auditPartnership(txc, renewed, 'CLIENT', 'partnership.invitation_resent', { partnerName: parties.partnerName });
    return renewed;
  });
}

/**
 * PENDING → CANCELLED: the client deletes its invitation, or the partner withdraws its request
 * (each side answers the other's with refuse instead).
 */
export async function cancelPartnerInvitation(ctx: RequestContext, partnershipId: string): Promise<Partnership> {
  const userId = actorUserId(ctx);
  return inTransaction(ctx, async (txc) => {
    const { tx } = txc;
    const { partnership, side } = await lockPartnership(txc, partnershipId, (p) => p.initiatedBy, CANCEL_REFUSAL);
    requireStatus(partnership, 'PENDING');
    if (side !== partnership.initiatedBy) throw forbidden(CANCEL_REFUSAL);
    const cancelled = await transitionPartnership(txc, partnership.id, 'PENDING', 'CANCELLED', { endedByUserId: userId, endedBySide: side });
    if (!cancelled) throw conflict('This invitation was answered meanwhile.', 'partnershipId');
    const withdrawn = await reloadPartnership(tx, partnership.id);
    const parties = await partnershipParties(tx, partnership.clientOrganizationId, partnership.partnerOrganizationId);
    await auditPartnership(txc, withdrawn, side, 'partnership.invitation_cancelled', {
      by: side,
      clientName: parties.clientName,
      partnerName: parties.partnerName,
    });
    return withdrawn;
  });
}
