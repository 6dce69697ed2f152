/**
 * The access policy: the one place that decides what an actor may reach. Every resolver, list,
 * export and download asks it, directly or through the SQL condition it hands out.
 *
 * It fails closed. An actor reaches an organization only through a row that says so:
 * - a membership (EXTERNAL members reach it, but only the products granted to them);
 * - an ACTIVE partnership, before its end date, of an organization where the actor holds a role
 *   that acts for the partner (not EXTERNAL): COMPLETE access covers every product, LIMITED only
 *   the products in its scope. PENDING, REFUSED, CANCELLED, TERMINATED or expired partnerships
 *   grant nothing, and the check runs on every request, so ending one ends access at once.
 * Anything out of reach is reported as NOT_FOUND, exactly like a missing row, so that an answer
 * never reveals that something exists. That holds inside an organization too: an object the actor
 * reaches the organization of but may not see (another person's membership for an EXTERNAL member
 * or a LIMITED partner, an invitation for anyone who does not manage members) is NOT_FOUND, worded
 * like a made-up id; FORBIDDEN is kept for what the actor already sees: see `requirePermissionOn`.
 *
 * Within reach, a partner's people read the client's name, the products the partnership covers
 * and, with COMPLETE access, its members; never its own records (VAT number, VIES answer, billing
 * addresses, terms, audit trail, invitations): see `readsOrganizationDetails`. A partnership
 * itself is read from its client side (legal responsible, administrators) or its partner side
 * (the roles acting for the partner), whatever its status: see `partnershipSide`.
 */
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import {
  type BillingOwner,
  type MembershipRole,
  PARTNER_ACCESS_PERMISSIONS,
  type PartnershipAccess,
  type PartnershipSide,
  type PartnershipStatus,
  type Permission,
  ROLE_PERMISSIONS,
  ROLE_READS_ALL_PRODUCTS,
  ROLES_ACTING_FOR_PARTNER,
  ROLES_READING_PARTNERSHIPS,
} from '@manager/domain';
import { forbidden, notFound } from '../errors';
import type { Actor, RequestContext } from '../request-context';

/** The partnership through which a partner's person reaches a client organization. */
export interface PartnerAccess {
  partnershipId: string;
  partnerOrganizationId: string;
  access: PartnershipAccess;
  billingOwner: BillingOwner | null;
}

export interface OrganizationAccess {
  organizationId: string;
  via: 'MEMBER' | 'PARTNER';
  /** The actor's own role in the organization; null when it acts as a partner. */
  role: MembershipRole | null;
  /** Set when the actor acts as a partner. */
  partner: PartnerAccess | null;
  /** True when the actor may read every product of the organization. */
  readsAllProducts: boolean;
  permissions: readonly Permission[];
}

export interface PolicyLoaders {
  organizationAccess: DataLoader<string, OrganizationAccess | null>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** SQL literal list of the partner roles that act for the partner: ('LEGAL_RESPONSIBLE', ...). */
const ACTING_ROLES_SQL = `(${ROLES_ACTING_FOR_PARTNER.map((role) => `'${role}'`).join(', ')})`;

/** The condition that a partnership `ps` grants anything right now. */
const LIVE_PARTNERSHIP_SQL = (alias: string) =>
  `${alias}.status = 'ACTIVE' AND (${alias}.ends_at IS NULL OR ${alias}.ends_at > now())`;

interface AccessRow {
  organization_id: string;
  role: MembershipRole | null;
  partnership_id: string | null;
  partner_organization_id: string | null;
  access: PartnershipAccess | null;
  billing_owner: BillingOwner | null;
}

function memberAccess(organizationId: string, role: MembershipRole): OrganizationAccess {
  return {
    organizationId,
    via: 'MEMBER',
    role,
    partner: null,
    readsAllProducts: ROLE_READS_ALL_PRODUCTS[role],
    permissions: ROLE_PERMISSIONS[role],
  };
}

function partnerAccess(organizationId: string, row: AccessRow): OrganizationAccess {
  const access = row.access as PartnershipAccess;
  return {
    organizationId,
    via: 'PARTNER',
    role: null,
    partner: {
      partnershipId: row.partnership_id as string,
      partnerOrganizationId: row.partner_organization_id as string,
      access,
      billingOwner: row.billing_owner,
    },
    readsAllProducts: access === 'COMPLETE',
    permissions: PARTNER_ACCESS_PERMISSIONS[access],
  };
}

/**
 * The widest way in wins: a member's own (non-EXTERNAL) role, else a COMPLETE then a LIMITED
 * partnership, else an EXTERNAL membership. (Products are the union of all of them: see
 * `visibleProductsCondition`.)
 */
function widestAccess(organizationId: string, rows: AccessRow[]): OrganizationAccess | null {
  const member = rows.find((row) => row.role && row.role !== 'EXTERNAL');
  if (member) return memberAccess(organizationId, member.role as MembershipRole);
  const partner = rows.find((row) => row.access === 'COMPLETE') ?? rows.find((row) => row.access === 'LIMITED');
  if (partner) return partnerAccess(organizationId, partner);
  const external = rows.find((row) => row.role === 'EXTERNAL');
  return external ? memberAccess(organizationId, 'EXTERNAL') : null;
}

/** One statement per request level, whatever the number of organizations asked about. */
export function createPolicyLoaders(dataSource: DataSource, actor: Actor | null): PolicyLoaders {
  return {
    organizationAccess: new DataLoader(async (ids: readonly string[]) => {
      if (!actor) return ids.map(() => null);
      const wellFormed = ids.filter((id) => UUID.test(id));
      const rows: AccessRow[] = wellFormed.length
        ? await dataSource.query(
            `SELECT m.organization_id, m.role, NULL::uuid AS partnership_id, NULL::uuid AS partner_organization_id,
                    NULL::text AS access, NULL::text AS billing_owner
             FROM membership m
             WHERE m.user_id = $1 AND m.organization_id = ANY($2::uuid[])
             UNION ALL
             SELECT ps.client_organization_id, NULL, ps.id, ps.partner_organization_id, ps.access, ps.billing_owner
             FROM partnership ps
             JOIN membership pm ON pm.organization_id = ps.partner_organization_id
             WHERE pm.user_id = $1 AND pm.role IN ${ACTING_ROLES_SQL}
               AND ps.client_organization_id = ANY($2::uuid[]) AND ${LIVE_PARTNERSHIP_SQL('ps')}`,
            [actor.userId, wellFormed],
          )
        : [];
      return ids.map((id) => widestAccess(id, rows.filter((row) => row.organization_id === id)));
    }),
  };
}

function policyLoaders(ctx: RequestContext): PolicyLoaders {
  return ctx.loaders.core;
}

/** The actor's access to an organization, or null when it has none (or nobody is signed in). */
export function organizationAccess(ctx: RequestContext, organizationId: string): Promise<OrganizationAccess | null> {
  return policyLoaders(ctx).organizationAccess.load(organizationId);
}

/** Like `organizationAccess`, but an organization out of reach is NOT_FOUND. */
export async function requireOrganizationAccess(ctx: RequestContext, organizationId: string): Promise<OrganizationAccess> {
  const access = await organizationAccess(ctx, organizationId);
  if (!access) throw notFound('Organization');
  return access;
}

/**
 * Access to an organization with a permission of the actor's role there, for operations on the
 * organization itself (edit it, invite someone, top up its wallet). Out of reach: NOT_FOUND;
 * within reach but not allowed: FORBIDDEN (the actor already knows the organization exists).
 * An operation on one object inside the organization asks `requirePermissionOn` instead.
 */
export async function requirePermission(
  ctx: RequestContext,
  organizationId: string,
  permission: Permission,
  refusal = 'Your role in this organization does not allow this.',
): Promise<OrganizationAccess> {
  const access = await requireOrganizationAccess(ctx, organizationId);
  if (!access.permissions.includes(permission)) throw forbidden(refusal);
  return access;
}

/**
 * The objects inside an organization that mutations name by id, as far as visibility goes. A
 * membership says whose it is: one's own membership is always in sight (it is in `me`, and one may
 * leave), whatever the role.
 */
export type OrganizationObject = { kind: 'Membership'; userId: string } | { kind: 'Invitation' };

/**
 * Which permission puts each kind of object in sight, for an actor who reaches its organization
 * (ARCHITECTURE.md "Who sees what"): the people of an organization are read by its members but
 * EXTERNAL ones, and by partners with COMPLETE access (MEMBERS_READ); pending invitations only by
 * those who manage members (MEMBERS_MANAGE). A LIMITED partner sees products only.
 */
const SEEN_WITH: Record<OrganizationObject['kind'], Permission> = {
  Membership: 'MEMBERS_READ',
  Invitation: 'MEMBERS_MANAGE',
};

/** Whether the actor, with `access` to the object's organization (null: none), sees the object at all. */
export function seesObject(ctx: RequestContext, access: OrganizationAccess | null, object: OrganizationObject): boolean {
  if (!access) return false;
  if (object.kind === 'Membership' && object.userId === ctx.actor?.userId) return true;
  return access.permissions.includes(SEEN_WITH[object.kind]);
}

/**
 * A permission on one object of an organization. An object the actor does not see (organization
 * out of reach, or hidden by its role or partnership) is NOT_FOUND, worded exactly like a made-up
 * id (`Membership not found.`), so that a refusal never confirms the id; an object it sees but may
 * not change is FORBIDDEN with `refusal`.
 */
export async function requirePermissionOn(
  ctx: RequestContext,
  organizationId: string,
  object: OrganizationObject,
  permission: Permission,
  refusal: string,
): Promise<OrganizationAccess> {
  const access = await organizationAccess(ctx, organizationId);
  if (!access || !seesObject(ctx, access, object)) throw notFound(object.kind);
  if (!access.permissions.includes(permission)) throw forbidden(refusal);
  return access;
}

/**
 * The SQL condition that keeps only the products the actor may read, for queries over `product`
 * rows aliased `alias`; `actorParam` is the placeholder bound to the actor's user id ($n).
 * Queries that list products must include it: it is the same rule as above, in SQL, so that a
 * list, an export and a single lookup can never disagree.
 */
export function visibleProductsCondition(alias: string, actorParam: string): string {
  const readsAll = Object.entries(ROLE_READS_ALL_PRODUCTS)
    .filter(([, all]) => all)
    .map(([role]) => `'${role}'`)
    .join(', ');
  return `(
    EXISTS (SELECT 1 FROM membership pm
            WHERE pm.organization_id = ${alias}.organization_id AND pm.user_id = ${actorParam}
              AND pm.role IN (${readsAll}))
    OR EXISTS (SELECT 1 FROM membership_product_grant pg JOIN membership pm ON pm.id = pg.membership_id
               WHERE pg.product_id = ${alias}.id AND pm.user_id = ${actorParam})
    OR EXISTS (SELECT 1 FROM partnership ps
               JOIN membership pm ON pm.organization_id = ps.partner_organization_id
               WHERE ps.client_organization_id = ${alias}.organization_id
                 AND pm.user_id = ${actorParam} AND pm.role IN ${ACTING_ROLES_SQL}
                 AND ${LIVE_PARTNERSHIP_SQL('ps')}
                 AND (ps.access = 'COMPLETE'
                      OR EXISTS (SELECT 1 FROM partnership_product pp
                                 WHERE pp.partnership_id = ps.id AND pp.product_id = ${alias}.id)))
  )`;
}

/**
 * Whether the actor sees one product of an organization: `visibleProductsCondition` for a single
 * id, for the operations that must tell a product out of sight (NOT_FOUND, like a made-up id) from
 * one in sight that the actor may not act on (FORBIDDEN).
 */
export async function seesProduct(ctx: RequestContext, organizationId: string, productId: string): Promise<boolean> {
  if (!ctx.actor || !UUID.test(productId) || !UUID.test(organizationId)) return false;
  const rows: unknown[] = await ctx.dataSource.query(
    `SELECT 1 FROM product p WHERE p.id = $1 AND p.organization_id = $2 AND ${visibleProductsCondition('p', '$3')}`,
    [productId, organizationId, ctx.actor.userId],
  );
  return rows.length > 0;
}

/**
 * Whether the actor reads the organization's own records (VAT number and its VIES answer, terms
 * acceptance; billing addresses too unless EXTERNAL): its members only. Reaching an organization
 * through a partnership, LIMITED or COMPLETE, never opens them.
 */
export function readsOrganizationDetails(access: OrganizationAccess | null): boolean {
  return access?.via === 'MEMBER';
}

/**
 * Whether this access lets the actor act for the organization as a partner (a member holding one
 * of `ROLES_ACTING_FOR_PARTNER`): the one test behind `actingPartnerAccess` and the
 * `ACT_FOR_PARTNER` right that `viewerAccess.permissions` reports.
 */
export function actsForPartner(access: OrganizationAccess | null): boolean {
  return access?.via === 'MEMBER' && !!access.role && ROLES_ACTING_FOR_PARTNER.includes(access.role);
}

/**
 * Whether this access reads the organization's client-side partnerships (a member holding one of
 * `ROLES_READING_PARTNERSHIPS`): the one test behind `readsClientPartnerships` and the
 * `PARTNERSHIPS_READ` right that `viewerAccess.permissions` reports.
 */
export function readsPartnerships(access: OrganizationAccess | null): boolean {
  return access?.via === 'MEMBER' && !!access.role && ROLES_READING_PARTNERSHIPS.includes(access.role);
}

/** The actor's own access to a partner organization when it holds a role acting for it, else null. */
export async function actingPartnerAccess(ctx: RequestContext, partnerOrganizationId: string): Promise<OrganizationAccess | null> {
  const access = await organizationAccess(ctx, partnerOrganizationId);
  return actsForPartner(access) ? access : null;
}

/**
 * Like `actingPartnerAccess`, but anyone else (EXTERNAL members of the partner included) is told
 * NOT_FOUND: the partner's clients are none of their business.
 */
export async function requireActingPartnerAccess(ctx: RequestContext, partnerOrganizationId: string): Promise<OrganizationAccess> {
  const access = await actingPartnerAccess(ctx, partnerOrganizationId);
  if (!access) throw notFound('Organization');
  return access;
}

/** Whether the actor reads the client side's partnerships of an organization (legal responsible, administrators). */
export async function readsClientPartnerships(ctx: RequestContext, clientOrganizationId: string): Promise<boolean> {
  return readsPartnerships(await organizationAccess(ctx, clientOrganizationId));
}

export interface PartnershipParties {
  clientOrganizationId: string;
  partnerOrganizationId: string;
}

/**
 * The side from which the actor reads a partnership, whatever its status: CLIENT (legal
 * responsible or administrator of the client; wins when the actor is on both sides), PARTNER (a
 * role acting for the partner), or null: then the partnership does not exist for the actor.
 */
export async function partnershipSide(ctx: RequestContext, partnership: PartnershipParties): Promise<PartnershipSide | null> {
  const [client, partner] = await Promise.all([
    readsClientPartnerships(ctx, partnership.clientOrganizationId),
    actingPartnerAccess(ctx, partnership.partnerOrganizationId),
  ]);
  if (client) return 'CLIENT';
  return partner ? 'PARTNER' : null;
}

/** Like `partnershipSide`, but a partnership out of reach is NOT_FOUND. */
export async function requirePartnershipSide(ctx: RequestContext, partnership: PartnershipParties): Promise<PartnershipSide> {
  const side = await partnershipSide(ctx, partnership);
  if (!side) throw notFound('Partnership');
  return side;
}

/** Whether a partnership grants anything at `now`: the rule of `LIVE_PARTNERSHIP_SQL`, for a loaded row. */
export function partnershipIsLive(partnership: { status: PartnershipStatus; endsAt: Date | null }, now = new Date()): boolean {
  return partnership.status === 'ACTIVE' && (partnership.endsAt === null || partnership.endsAt.getTime() > now.getTime());
}

/**
 * The SQL condition that a partnership aliased `alias` grants anything right now: lists of
 * managed clients use it so that they and the policy never disagree.
 */
export function livePartnershipCondition(alias: string): string {
  return `(${LIVE_PARTNERSHIP_SQL(alias)})`;
}

/** SQL literal list of the roles whose holders read their own organization's billing. */
const BILLING_READ_ROLES_SQL = `(${Object.entries(ROLE_PERMISSIONS)
  .filter(([, permissions]) => permissions.includes('BILLING_READ'))
  .map(([role]) => `'${role}'`)
  .join(', ')})`;

/**
 * Whether the actor reads an organization's billing (wallet, invoices, partner revenue,
 * commissions): its own members whose role has BILLING_READ, and nobody else. Invoices belong to
 * the payer only: a partner acting in a client organization never reads the client's invoices,
 * and the invoices a partner pays for a client are the partner's, read in the partner's own
 * organization. Invoice PDFs, GraphQL lists and exports all ask this (or `billingReaderCondition`).
 */
export async function readsBilling(ctx: RequestContext, organizationId: string): Promise<boolean> {
  const access = await organizationAccess(ctx, organizationId);
  return access?.via === 'MEMBER' && access.permissions.includes('BILLING_READ');
}

/**
 * `readsBilling` in SQL: the condition that the actor (placeholder `actorParam`) reads the billing
 * of the organization in column `organizationColumn`. Billing lists include it, so that a list,
 * a page of managed clients and a PDF download can never disagree.
 */
export function billingReaderCondition(organizationColumn: string, actorParam: string): string {
  return `EXISTS (SELECT 1 FROM membership bm WHERE bm.organization_id = ${organizationColumn}
    AND bm.user_id = ${actorParam} AND bm.role IN ${BILLING_READ_ROLES_SQL})`;
}

/**
 * The condition that the actor acts right now, in a live partnership with the client organization
 * in column `clientColumn`, for the partner organization in column `partnerColumn` (the orders a
 * partner placed in a client organization are read by the people acting for that partner).
 */
export function actsForPartnerCondition(clientColumn: string, partnerColumn: string, actorParam: string): string {
  return `EXISTS (SELECT 1 FROM partnership aps JOIN membership apm ON apm.organization_id = aps.partner_organization_id
    WHERE aps.client_organization_id = ${clientColumn} AND aps.partner_organization_id = ${partnerColumn}
      AND apm.user_id = ${actorParam} AND apm.role IN ${ACTING_ROLES_SQL} AND ${LIVE_PARTNERSHIP_SQL('aps')})`;
}
