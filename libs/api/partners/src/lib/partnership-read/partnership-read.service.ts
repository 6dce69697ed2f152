import {
  actingPartnerAccess,
  actsForPartner,
  checkPageSize,
  emptyConnection,
  notFound,
  type OrganizationAccess,
  organizationAccess,
  partnershipIsLive,
  partnershipSide,
  readsClientPartnerships,
  readsPartnerships,
  requirePartnershipSide,
  type RequestContext,
  tokenSelectsClient,
} from '@manager/api-core';
import type { Product } from '@manager/api-catalog';
import { type AuditEvent, AuditEventConnection, auditEventPage } from '@manager/api-compliance';
import type { PartnershipStatus } from '@manager/domain';
import type { Partnership } from '../partnership.entity';
import { partnershipReadLoaders } from './partnership-read.loaders';
import { ViewerAccess, type ViewerPermission } from './viewer-access.type';

/** A partnership the actor reads from either side; NOT_FOUND otherwise, whether it exists or not. */
export async function getPartnership(ctx: RequestContext, id: string): Promise<Partnership> {
  const partnership = await partnershipReadLoaders(ctx).partnershipById.load(id);
  if (!partnership) throw notFound('Partnership');
  await requirePartnershipSide(ctx, partnership);
  return partnership;
}

/** Client side: the organization's partners (legal responsible and administrators; [] for anyone else). */
export async function partnershipsAsClient(
  ctx: RequestContext,
  organizationId: string,
  statuses: readonly PartnershipStatus[] | null,
): Promise<Partnership[]> {
  if (!(await readsClientPartnerships(ctx, organizationId))) return [];
  return partnershipReadLoaders(ctx).partnershipsByClient.load({ organizationId, statuses });
}

/** Partner side: the organization's clients, any status (roles acting for the partner; [] for anyone else). */
export async function partnershipsAsPartner(
  ctx: RequestContext,
  organizationId: string,
  statuses: readonly PartnershipStatus[] | null,
): Promise<Partnership[]> {
  if (!(await actingPartnerAccess(ctx, organizationId))) return [];
  const partnerships = await partnershipReadLoaders(ctx).partnershipsByPartner.load({ organizationId, statuses });
  // An API token lists only the clients it selects and that did not block it.
  return partnerships.filter((partnership) => tokenSelectsClient(ctx.actor, partnership.clientOrganizationId));
}

export async function clientName(ctx: RequestContext, partnership: Partnership): Promise<string> {
  return (await partnershipReadLoaders(ctx).partyName.load(partnership.clientOrganizationId))?.name ?? '';
}

/** The partner's public name (its profile), else its organization name. */
export async function partnerName(ctx: RequestContext, partnerOrganizationId: string): Promise<string> {
  const party = await partnershipReadLoaders(ctx).partyName.load(partnerOrganizationId);
  return party?.publicName ?? party?.name ?? '';
}

/**
 * A LIMITED partnership's scope: the client side reads it always, the partner side while the
 * partnership is live (it grants nothing otherwise). COMPLETE covers everything: [].
 */
export async function scopeProducts(ctx: RequestContext, partnership: Partnership): Promise<Product[]> {
  if (partnership.access === 'COMPLETE') return [];
  const side = await partnershipSide(ctx, partnership);
  if (!side || (side === 'PARTNER' && !partnershipIsLive(partnership))) return [];
  return partnershipReadLoaders(ctx).scopeProducts.load(partnership.id);
}

/**
 * What the partner's people did in the client organization (audit events recorded with the
 * partner's id), newest first. Both sides read it; nobody else.
 */
export async function partnershipActivity(
  ctx: RequestContext,
  partnership: Partnership,
  first: number,
  after: string | null,
): Promise<AuditEventConnection> {
  checkPageSize(first);
  if (!(await partnershipSide(ctx, partnership))) return Object.assign(new AuditEventConnection(), emptyConnection<AuditEvent>());
  const filter = { organizationId: partnership.clientOrganizationId, partnerOrganizationId: partnership.partnerOrganizationId };
  return Object.assign(new AuditEventConnection(), await auditEventPage(ctx, filter, first, after));
}

/** How the actor reaches the organization (null when it does not: never for a reachable one). */
export async function viewerAccess(ctx: RequestContext, organizationId: string): Promise<ViewerAccess | null> {
  const access = await organizationAccess(ctx, organizationId);
  if (!access) return null;
  const partner = access.partner;
  return Object.assign(new ViewerAccess(), {
    via: access.via,
    role: access.role,
    partnerOrganizationId: partner?.partnerOrganizationId ?? null,
    partnerName: partner ? await partnerName(ctx, partner.partnerOrganizationId) : null,
    access: partner?.access ?? null,
    billingOwner: partner?.billingOwner ?? null,
    permissions: viewerPermissions(access),
  });
}

/** The policy's permissions plus the two partner-program rights, decided by the policy's own tests. */
function viewerPermissions(access: OrganizationAccess): ViewerPermission[] {
  const permissions: ViewerPermission[] = [...access.permissions];
  if (readsPartnerships(access)) permissions.push('PARTNERSHIPS_READ');
  if (actsForPartner(access)) permissions.push('ACT_FOR_PARTNER');
  return permissions;
}
