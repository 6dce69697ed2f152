import type { EntityManager } from 'typeorm';
import {
  actingPartnerAccess,
  conflict,
  forbidden,
  notFound,
  organizationAccess,
  readsClientPartnerships,
  unauthenticated,
  type OrganizationAccess,
  type RequestContext,
  type TxContext,
  tokenSelectsClient,
} from '@manager/api-core';
import type { PartnershipSide, PartnershipStatus } from '@manager/domain';
import { Partnership } from '../partnership.entity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** The signed-in user's id; resolvers behind `@Authorized()` always have one. */
export function actorUserId(ctx: RequestContext): string {
  if (!ctx.actor) throw unauthenticated();
  return ctx.actor.userId;
}

export function isUniqueViolation(error: unknown, constraint: string): boolean {
  const e = error as { code?: string; constraint?: string; driverError?: { code?: string; constraint?: string } };
  const code = e.driverError?.code ?? e.code;
  return code === '23505' && (e.driverError?.constraint ?? e.constraint) === constraint;
}

/** The partial unique index that keeps one PENDING or ACTIVE partnership per pair. */
export const ONE_LIVE_PER_PAIR = 'partnership_one_live_per_pair';

/** What a person acting on a finished (or not yet started) partnership is told. */
export const STATUS_CONFLICTS: Record<PartnershipStatus, string> = {
  PENDING: 'This partnership has not started yet: the invitation is still waiting for an answer.',
  ACTIVE: 'This invitation was already accepted: the partnership is active.',
  REFUSED: 'This invitation was refused: invite the partner again to start over.',
  CANCELLED: 'This invitation was cancelled: invite the partner again to start over.',
  TERMINATED: 'This partnership was terminated: its history stays readable, but nothing can change it any more.',
};

/** Refuses (CONFLICT) any status but the expected ones, with a message a person can act on. */
export function requireStatus(partnership: Partnership, ...allowed: PartnershipStatus[]): void {
  if (!allowed.includes(partnership.status)) throw conflict(STATUS_CONFLICTS[partnership.status], 'partnershipId');
}

/** How the actor stands towards a partnership: the client's managers, the partner's acting people. */
export interface PartnershipSides {
  /** The actor's access to the client organization as its LR or administrator, else null. */
  client: OrganizationAccess | null;
  /** The actor's access to the partner organization in a role that acts for it, else null. */
  partner: OrganizationAccess | null;
}

/**
 * Who reaches a partnership (the read side's rule): the client's legal responsible and
 * administrators, and the partner's people who act for it. Reaching a client organization *through*
 * a partnership does not count as being on the client's side.
 */
export async function sidesOf(ctx: RequestContext, partnership: Pick<Partnership, 'clientOrganizationId' | 'partnerOrganizationId'>): Promise<PartnershipSides> {
  const [readsClientSide, client, partner] = await Promise.all([
    readsClientPartnerships(ctx, partnership.clientOrganizationId),
    organizationAccess(ctx, partnership.clientOrganizationId),
    actingPartnerAccess(ctx, partnership.partnerOrganizationId),
  ]);
  // An API token acts for its owner only towards the clients it selects and that did not block it.
  return { client: readsClientSide ? client : null, partner: tokenSelectsClient(ctx.actor, partnership.clientOrganizationId) ? partner : null };
}

export const CLIENT_REFUSAL = "Only the client organization's legal responsible manages its partners.";
export const PARTNER_REFUSAL = "Only the partner's legal responsible and administrators answer invitations and manage clients.";

/**
 * A partnership by id, locked for the rest of the transaction, that the actor reaches; anything
 * else is NOT_FOUND, exactly like a missing row. Then the side the operation needs: the client
 * (PARTNERS_MANAGE), the partner (CLIENTS_MANAGE) or either; reachable but not allowed is FORBIDDEN.
 * Returns the side the actor acts for.
 */
export async function lockPartnership(
  ctx: TxContext,
  partnershipId: string,
  needs: PartnershipSide | 'EITHER' | ((partnership: Partnership) => PartnershipSide),
  refusal?: string,
): Promise<{ partnership: Partnership; side: PartnershipSide }> {
  const { tx } = ctx;
  if (!isUuid(partnershipId)) throw notFound('Partnership');
  const partnership = await tx
    .createQueryBuilder(Partnership, 'p')
    .setLock('pessimistic_write')
    .where('p.id = :partnershipId', { partnershipId })
    .getOne();
  if (!partnership) throw notFound('Partnership');
  const sides = await sidesOf(ctx, partnership);
  if (!sides.client && !sides.partner) throw notFound('Partnership');
  if (typeof needs === 'function') needs = needs(partnership);
  const clientMay = Boolean(sides.client?.permissions.includes('PARTNERS_MANAGE'));
  const partnerMay = Boolean(sides.partner?.permissions.includes('CLIENTS_MANAGE'));
  if ((needs === 'CLIENT' || needs === 'EITHER') && clientMay) return { partnership, side: 'CLIENT' };
  if ((needs === 'PARTNER' || needs === 'EITHER') && partnerMay) return { partnership, side: 'PARTNER' };
  if (refusal) throw forbidden(refusal);
  if (needs === 'CLIENT') throw forbidden(CLIENT_REFUSAL);
  if (needs === 'PARTNER') throw forbidden(PARTNER_REFUSAL);
  throw forbidden("Only the client's legal responsible, or the partner's legal responsible and administrators, do this.");
}

/** Reloads a partnership after an update, for the payload. */
export function reloadPartnership(tx: EntityManager, id: string): Promise<Partnership> {
  return tx.findOneByOrFail(Partnership, { id });
}
