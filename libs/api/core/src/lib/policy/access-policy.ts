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
 *
 * API tokens narrow, never widen. A request made with a token acts as the person whose current
 * role bounds it (`actor.userId`), and every rule above then keeps only: the token's owner
 * organization (never the person's other memberships), and the owner's clients through live
 * partnerships that the token selects and whose client has not blocked it. Within those, the
 * permissions are the person's ∩ the token's scopes (`tokenPermissions`), and what is read is
 * checked against the scopes too (`PRODUCTS` for products, `INVOICES`/`WALLET`/`COMMISSIONS`
 * for billing, `ORGANIZATIONS` for the organization's records, `PARTNERSHIPS` for partnerships).
 * The SQL conditions take the actor as one JSON parameter (`policySubject`) so that a list and a
 * lookup apply exactly the same narrowing; a statement still bound to a bare user id fails
 * instead of answering (the parameter is cast to jsonb).
 */
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import {
  type ApiScopeResource,
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
  ROLES_MANAGING_DATA_PROTECTION,
  ROLES_READING_PARTNERSHIPS,
  tokenPermissions,
  tokenReads,
} from '@manager/domain';
import { sqlRead } from '../db/sql-read';
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
  /** With an API token: the resources its scopes let it read; null for a person (no narrowing). */
  tokenReads: readonly ApiScopeResource[] | null;
}

export interface PolicyLoaders {
  organizationAccess: DataLoader<string, OrganizationAccess | null>;
  /**
   * The organizations this request was granted access to (API tokens record their last use per
   * client organization from it, once the request is answered).
   */
  reached: Set<string>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** SQL literal list of the partner roles that act for the partner: ('LEGAL_RESPONSIBLE', ...). */
const ACTING_ROLES_SQL = `(${ROLES_ACTING_FOR_PARTNER.map((role) => `'${role}'`).join(', ')})`;

/** The condition that a partnership `ps` grants anything right now. */
const LIVE_PARTNERSHIP_SQL = (alias: string) =>
  `${alias}.status = 'ACTIVE' AND (${alias}.ends_at IS NULL OR ${alias}.ends_at > now())`;

/**
 * The actor as the SQL conditions read it: one JSON parameter, `{"u": userId}` for a person;
 * for an API token also `"o"` (the owner organization), `"r"` (the resources it reads), `"c"`
 * (the selected clients, absent for all of them) and `"b"` (the clients that blocked it).
 * Null for nobody: every condition is then false. Bind it where a condition's `actorParam` is.
 *
 * @example
 * sqlRead(db, { name, text: `… WHERE ${visibleProductsCondition('p', '$1')}`, values: [policySubject(ctx.actor)] }, map);
 */
export function policySubject(actor: Actor | null | undefined): string | null {
  if (!actor) return null;
  const token = actor.token;
  // A session that must enrol a second factor first reaches nothing (fails closed).
  if (!token && actor.secondFactorRequired) return null;
  if (!token) return JSON.stringify(actor.secondFactor ? { u: actor.userId, f: true } : { u: actor.userId });
  return JSON.stringify({
    u: actor.userId,
    o: token.ownerOrganizationId,
    r: tokenReads(token.scopes),
    ...(token.clientOrganizationIds ? { c: token.clientOrganizationIds } : {}),
    b: token.blockedByClientIds,
    // API tokens are a credential of their own (190 bits, made from a session that passed the
    // policy): organizations' two-step requirement is about people signing in.
    f: true,
  });
}

/**
 * An expression of the subject parameter alone, computed once per statement: bound to a
 * placeholder, it is an uncorrelated sub-select, which PostgreSQL evaluates once (an InitPlan)
 * and hands to every row as a value, where the bare expression would be evaluated again for each
 * row it filters (a generic plan cannot fold a parameter): a partner's count of 10,000 clients
 * extracted the same keys from the same JSON 10,000 times. A subject that is a column of the
 * query (a row of its own per actor) is left as it is: as a sub-select it would be a SubPlan per row.
 */
function once(p: string, expression: string): string {
  return /^\$\d+$/.test(p) ? `(SELECT ${expression})` : `(${expression})`;
}

/** The acting person's id, from the subject parameter. */
const SUBJECT_USER = (p: string) => once(p, `(${p}::jsonb->>'u')::uuid`);

/** The token's owner organization; NULL for a person. */
const SUBJECT_OWNER = (p: string) => once(p, `(${p}::jsonb->>'o')::uuid`);

/** A membership `m` counts: any of a person's; only the owner organization's for a token. */
const SUBJECT_MEMBERSHIP = (m: string, p: string) => `(${SUBJECT_OWNER(p)} IS NULL OR ${m}.organization_id = ${SUBJECT_OWNER(p)})`;

/**
 * The organizations that require two-step verification, as an uncorrelated subquery: PostgreSQL
 * reads it once per statement into a hash (a "hashed SubPlan") and probes it per partnership for
 * free; a correlated EXISTS cost two index visits per partnership, which a partner's count of
 * 10,000 clients paid 10,000 times. The partial index keeps that one read small.
 */
const SECOND_FACTOR_ORGANIZATIONS = `SELECT sfo.id FROM organization sfo WHERE sfo.requires_second_factor`;

/**
 * A partnership `ps` counts: any for a person; for a token, one of its owner's, with a selected
 * client that did not block it. And when either side requires two-step verification, only for a
 * subject that signed in with a second factor (`f`). `partnerParam`: the placeholder of the one
 * partner a list is filtered to (`ps.partner_organization_id = $1`), whose side is then judged
 * once per statement instead of once per partnership.
 */
const SUBJECT_PARTNERSHIP = (ps: string, p: string, partnerParam?: string) => `((${SUBJECT_OWNER(p)} IS NULL OR (${ps}.partner_organization_id = ${SUBJECT_OWNER(p)}
      AND (NOT ${once(p, `${p}::jsonb ? 'c'`)} OR ${once(p, `${p}::jsonb->'c'`)} ? ${ps}.client_organization_id::text)
      AND NOT (${once(p, `${p}::jsonb->'b'`)} ? ${ps}.client_organization_id::text)))
    AND (${once(p, `${p}::jsonb ? 'f'`)} OR NOT (${ps}.client_organization_id IN (${SECOND_FACTOR_ORGANIZATIONS})
      OR ${partnerParam ? once(partnerParam, `${partnerParam}::uuid IN (${SECOND_FACTOR_ORGANIZATIONS})`) : `${ps}.partner_organization_id IN (${SECOND_FACTOR_ORGANIZATIONS})`})))`;

/**
 * The SQL condition that the person in column `userColumn` belongs to an organization that
 * requires two-step verification of its members (`organization.requires_second_factor`): the
 * session lookup reads it with the session, in the same statement.
 */
export function secondFactorDemandedCondition(userColumn: string): string {
  return `EXISTS (SELECT 1 FROM membership sfm JOIN organization sfo ON sfo.id = sfm.organization_id
    WHERE sfm.user_id = ${userColumn} AND sfo.requires_second_factor)`;
}

/** The subject reads `resource`: always for a person; for a token, when its scopes say so. */
const SUBJECT_READS = (p: string, resource: ApiScopeResource) => `(NOT ${once(p, `${p}::jsonb ? 'r'`)} OR ${once(p, `(${p}::jsonb->'r') ? '${resource}'`)})`;

/** Whether an API token reaches this client through a partnership (selected, not blocked); always true for a person. */
export function tokenSelectsClient(actor: Actor | null | undefined, clientOrganizationId: string): boolean {
  const token = actor?.token;
  if (!token) return true;
  const selected = token.clientOrganizationIds === null || token.clientOrganizationIds.includes(clientOrganizationId);
  return selected && !token.blockedByClientIds.includes(clientOrganizationId);
}

/** Whether this access reads `resource`: always for a person, per its scopes for a token. */
export function accessReads(access: OrganizationAccess | null, resource: ApiScopeResource): boolean {
  return !!access && (access.tokenReads === null || access.tokenReads.includes(resource));
}

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
    tokenReads: null,
  };
}

/** A person's access narrowed to a token's scopes (the way in was already narrowed by the query). */
function throughToken(access: OrganizationAccess | null, actor: Actor): OrganizationAccess | null {
  if (!access || !actor.token) return access;
  const reads = tokenReads(actor.token.scopes);
  return {
    ...access,
    readsAllProducts: access.readsAllProducts && reads.includes('PRODUCTS'),
    permissions: tokenPermissions(access.permissions, actor.token.scopes),
    tokenReads: reads,
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
    tokenReads: null,
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

/**
 * The rows through which the actor (placeholder `p`, bound to `policySubject`) reaches the
 * organizations whose id column `organizationIn` keeps: its own memberships, then the live
 * partnerships of the partners it acts for. The same statement serves people and tokens: the
 * subject parameter narrows it for a token.
 */
function accessRowsSql(organizationIn: (column: string) => string, p: string): string {
  return `SELECT m.organization_id, m.role, NULL::uuid AS partnership_id, NULL::uuid AS partner_organization_id,
                 NULL::text AS access, NULL::text AS billing_owner
          FROM membership m
          WHERE m.user_id = ${SUBJECT_USER(p)} AND ${organizationIn('m.organization_id')} AND ${SUBJECT_MEMBERSHIP('m', p)}
          UNION ALL
          SELECT ps.client_organization_id, NULL, ps.id, ps.partner_organization_id, ps.access, ps.billing_owner
          FROM partnership ps
          JOIN membership pm ON pm.organization_id = ps.partner_organization_id
          WHERE pm.user_id = ${SUBJECT_USER(p)} AND pm.role IN ${ACTING_ROLES_SQL}
            AND ${organizationIn('ps.client_organization_id')} AND ${LIVE_PARTNERSHIP_SQL('ps')}
            AND ${SUBJECT_PARTNERSHIP('ps', p)}`;
}

/** `widestAccess`'s preference in SQL, so that one row can stand for all of them (see `organizationAccessJoin`). */
const WIDEST_FIRST = `CASE WHEN role IS NOT NULL AND role <> 'EXTERNAL' THEN 0 WHEN access = 'COMPLETE' THEN 1 WHEN access = 'LIMITED' THEN 2 ELSE 3 END`;

const ACCESS_COLUMNS = ['role', 'partnership_id', 'partner_organization_id', 'access', 'billing_owner'] as const;

/**
 * For a list whose rows each name an organization the actor reaches (a partner's page of
 * managed clients): the policy's own decision, joined to each row, so that the request's access
 * loader is primed from the page (`primeOrganizationAccess`) instead of asking again in a
 * statement of its own. `join` is a LATERAL join on `organizationColumn`; `select` reads its
 * columns as `_access_<column>`. Bind `actorParam` to `policySubject(ctx.actor)`.
 */
export function organizationAccessJoin(organizationColumn: string, actorParam: string): { select: string; join: string } {
  return {
    select: ACCESS_COLUMNS.map((column) => `_access.${column} AS _access_${column}`).join(', '),
    join: `LEFT JOIN LATERAL (SELECT ${ACCESS_COLUMNS.join(', ')} FROM (${accessRowsSql((column) => `${column} = ${organizationColumn}`, actorParam)}) way_in
             ORDER BY ${WIDEST_FIRST} LIMIT 1) _access ON true`,
  };
}

/** A row read with `organizationAccessJoin`'s columns. */
export type JoinedAccessRow = { [C in (typeof ACCESS_COLUMNS)[number] as `_access_${C}`]: string | null };

/** The actor's access to one organization, from its row as `createPolicyLoaders` reads them: the widest way in, narrowed to a token. */
function decidedAccess(actor: Actor, organizationId: string, rows: AccessRow[]): OrganizationAccess | null {
  return throughToken(widestAccess(organizationId, rows), actor);
}

/**
 * Primes the request's access loader with what `organizationAccessJoin` read for
 * `organizationId`, decided exactly as a load would decide it; the organization counts as reached
 * (a token's last use) when the actor reaches it. Answers that decision (null: out of reach).
 */
export function primeOrganizationAccess(ctx: RequestContext, organizationId: string, row: JoinedAccessRow): OrganizationAccess | null {
  const actor = ctx.actor;
  if (!actor) return null;
  const found = row._access_role !== null || row._access_access !== null;
  const rows: AccessRow[] = found
    ? [
        {
          organization_id: organizationId,
          role: row._access_role as MembershipRole | null,
          partnership_id: row._access_partnership_id,
          partner_organization_id: row._access_partner_organization_id,
          access: row._access_access as PartnershipAccess | null,
          billing_owner: row._access_billing_owner as BillingOwner | null,
        },
      ]
    : [];
  const access = decidedAccess(actor, organizationId, rows);
  const loaders = policyLoaders(ctx);
  if (access) loaders.reached.add(organizationId);
  loaders.organizationAccess.prime(organizationId, access);
  return access;
}

/**
 * For a row of a partner's own list, read under `reachablePartnershipCondition` for the partner
 * whose acting access `requireActingPartnerAccess` just granted (`partnerAccess`): the actor
 * reaches that client through the very partnership the row is (the policy's partnership way in
 * holds by construction: a live partnership of a partner the actor acts for, narrowed to the
 * subject), so the list may answer what any way in lets it read (the client's id and name)
 * without the policy's own join; the client counts as reached (a token's last use). Answers
 * whether it does: never for anyone who does not act for the partner.
 */
export function reachedThroughListedPartnership(ctx: RequestContext, partnerAccess: OrganizationAccess, clientOrganizationId: string): boolean {
  if (!ctx.actor || !actsForPartner(partnerAccess)) return false;
  policyLoaders(ctx).reached.add(clientOrganizationId);
  return true;
}

/**
 * The person's own non-EXTERNAL roles as a JSON array of `[organizationId, role]` (null when
 * none), for the session's statement: with such a role the widest way in is that membership
 * whatever else there is (`widestAccess`), so the access policy's decision for those
 * organizations follows from it alone (`primeOwnRoles`). Bounded: a person in more
 * organizations than that simply has the rest asked as before.
 */
export function ownRolesSql(userColumn: string): string {
  return `(SELECT json_agg(json_build_array(own.organization_id, own.role)) FROM (
            SELECT orm.organization_id, orm.role FROM membership orm
            WHERE orm.user_id = ${userColumn} AND orm.role <> 'EXTERNAL' LIMIT ${OWN_ROLES_MAX}) own)`;
}

const OWN_ROLES_MAX = 50;

/**
 * Primes the request's access loader with the session's own roles (`Actor.ownRoles`), decided
 * exactly as a load would (a member's own non-EXTERNAL role; nothing for a session that must
 * enrol a second factor, which reaches nothing). Only for a query: a mutation may change a role
 * before it first asks, and must then read the new one. A token has no own roles: its access is
 * always narrowed by the statement. (`reached` only serves tokens' last use, so it is left alone.)
 */
export function primeOwnRoles(ctx: RequestContext): void {
  const actor = ctx.actor;
  if (!actor || actor.token || !actor.ownRoles || !policySubject(actor)) return;
  const loader = policyLoaders(ctx).organizationAccess;
  for (const [organizationId, role] of actor.ownRoles) loader.prime(organizationId, memberAccess(organizationId, role));
}

/** `$1` the subject, `$2` the organizations asked about. */
const ORGANIZATION_ACCESS_SQL = accessRowsSql((column) => `${column} = ANY($2::uuid[])`, '$1');

/** One statement per request level, whatever the number of organizations asked about. */
export function createPolicyLoaders(dataSource: DataSource, actor: Actor | null): PolicyLoaders {
  const reached = new Set<string>();
  return {
    reached,
    organizationAccess: new DataLoader(async (ids: readonly string[]) => {
      if (!actor || !policySubject(actor)) return ids.map(() => null);
      const wellFormed = ids.filter((id) => UUID.test(id));
      const rows: AccessRow[] = wellFormed.length
        ? await sqlRead(
            dataSource,
            { name: 'policy.organization-access', text: ORGANIZATION_ACCESS_SQL, values: [policySubject(actor), wellFormed] },
            (row: AccessRow) => row,
          )
        : [];
      const byOrganization = new Map<string, AccessRow[]>();
      for (const row of rows) {
        const list = byOrganization.get(row.organization_id);
        if (list) list.push(row);
        else byOrganization.set(row.organization_id, [row]);
      }
      return ids.map((id) => {
        const access = decidedAccess(actor, id, byOrganization.get(id) ?? []);
        if (access) reached.add(id);
        return access;
      });
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
  // One's own membership is in sight for a person (it is in `me`); a token is no person.
  if (object.kind === 'Membership' && object.userId === ctx.actor?.userId && !ctx.actor.token) return true;
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
 * rows aliased `alias`; `actorParam` is the placeholder bound to `policySubject(actor)` ($n).
 * Queries that list products must include it: it is the same rule as above, in SQL, so that a
 * list, an export and a single lookup can never disagree.
 */
export function visibleProductsCondition(alias: string, actorParam: string): string {
  const readsAll = Object.entries(ROLE_READS_ALL_PRODUCTS)
    .filter(([, all]) => all)
    .map(([role]) => `'${role}'`)
    .join(', ');
  const user = SUBJECT_USER(actorParam);
  return `(${SUBJECT_READS(actorParam, 'PRODUCTS')} AND (
    EXISTS (SELECT 1 FROM membership pm
            WHERE pm.organization_id = ${alias}.organization_id AND pm.user_id = ${user}
              AND pm.role IN (${readsAll}) AND ${SUBJECT_MEMBERSHIP('pm', actorParam)})
    OR EXISTS (SELECT 1 FROM membership_product_grant pg JOIN membership pm ON pm.id = pg.membership_id
               WHERE pg.product_id = ${alias}.id AND pm.user_id = ${user} AND ${SUBJECT_MEMBERSHIP('pm', actorParam)})
    OR EXISTS (SELECT 1 FROM partnership ps
               JOIN membership pm ON pm.organization_id = ps.partner_organization_id
               WHERE ps.client_organization_id = ${alias}.organization_id
                 AND pm.user_id = ${user} AND pm.role IN ${ACTING_ROLES_SQL}
                 AND ${LIVE_PARTNERSHIP_SQL('ps')} AND ${SUBJECT_PARTNERSHIP('ps', actorParam)}
                 AND (ps.access = 'COMPLETE'
                      OR EXISTS (SELECT 1 FROM partnership_product pp
                                 WHERE pp.partnership_id = ps.id AND pp.product_id = ${alias}.id)))
  ))`;
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
    [productId, organizationId, policySubject(ctx.actor)],
  );
  return rows.length > 0;
}

/**
 * Whether the actor reads the organization's own records (VAT number and its VIES answer, terms
 * acceptance; billing addresses too unless EXTERNAL): its members only (a token: with the
 * ORGANIZATIONS scope). Reaching an organization through a partnership never opens them.
 */
export function readsOrganizationDetails(access: OrganizationAccess | null): boolean {
  return access?.via === 'MEMBER' && accessReads(access, 'ORGANIZATIONS');
}

/**
 * Whether this access lets the actor act for the organization as a partner (a member holding one
 * of `ROLES_ACTING_FOR_PARTNER`): the one test behind `actingPartnerAccess` and the
 * `ACT_FOR_PARTNER` right that `viewerAccess.permissions` reports.
 */
export function actsForPartner(access: OrganizationAccess | null): boolean {
  return access?.via === 'MEMBER' && !!access.role && ROLES_ACTING_FOR_PARTNER.includes(access.role) && accessReads(access, 'PARTNERSHIPS');
}

/**
 * Whether this access reads the organization's client-side partnerships (a member holding one of
 * `ROLES_READING_PARTNERSHIPS`): the one test behind `readsClientPartnerships` and the
 * `PARTNERSHIPS_READ` right that `viewerAccess.permissions` reports.
 */
export function readsPartnerships(access: OrganizationAccess | null): boolean {
  return access?.via === 'MEMBER' && !!access.role && ROLES_READING_PARTNERSHIPS.includes(access.role) && accessReads(access, 'PARTNERSHIPS');
}

/**
 * Whether the actor generates the organization's data processing agreement and reads its
 * acceptance records: a person (never an API token: accepting an agreement is a person's act)
 * holding one of `ROLES_MANAGING_DATA_PROTECTION` as a member. Partners never do, whatever their
 * access: the agreement binds the client itself.
 */
export function managesDataProtection(ctx: RequestContext, access: OrganizationAccess | null): boolean {
  return !ctx.actor?.token && access?.via === 'MEMBER' && !!access.role && ROLES_MANAGING_DATA_PROTECTION.includes(access.role);
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
  // A token reads its owner's partnerships with the clients it selects and that did not block it.
  return partner && tokenSelectsClient(ctx.actor, partnership.clientOrganizationId) ? 'PARTNER' : null;
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

/**
 * `livePartnershipCondition` for what the actor (placeholder bound to `policySubject`) reaches
 * through it: a person every live partnership of the partner it acts for; a token only those it
 * selects and whose client did not block it. The partner's own lists (managed clients) use it,
 * with `partnerParam` the placeholder of the partner they are filtered to (see SUBJECT_PARTNERSHIP).
 */
export function reachablePartnershipCondition(alias: string, actorParam: string, partnerParam?: string): string {
  return `(${LIVE_PARTNERSHIP_SQL(alias)} AND ${SUBJECT_PARTNERSHIP(alias, actorParam, partnerParam)})`;
}

/** SQL literal list of the roles whose holders read their own organization's billing. */
const BILLING_READ_ROLES_SQL = `(${Object.entries(ROLE_PERMISSIONS)
  .filter(([, permissions]) => permissions.includes('BILLING_READ'))
  .map(([role]) => `'${role}'`)
  .join(', ')})`;

/** The billing lists, each read under its own scope by a token. */
export type BillingResource = Extract<ApiScopeResource, 'INVOICES' | 'WALLET' | 'COMMISSIONS' | 'ORDERS'>;

/**
 * Whether the actor reads an organization's billing `resource` (wallet, invoices, partner revenue
 * and commissions, orders): its own members whose role has BILLING_READ, and nobody else (a token:
 * with that resource's scope). Invoices belong to the payer only: a partner acting in a client
 * organization never reads the client's invoices, and the invoices a partner pays for a client
 * are the partner's, read in the partner's own organization. Invoice PDFs, GraphQL lists and
 * exports all ask this (or `billingReaderCondition`).
 */
export async function readsBilling(ctx: RequestContext, organizationId: string, resource: BillingResource): Promise<boolean> {
  const access = await organizationAccess(ctx, organizationId);
  return access?.via === 'MEMBER' && access.permissions.includes('BILLING_READ') && accessReads(access, resource);
}

/**
 * `readsBilling` in SQL: the condition that the actor (placeholder bound to `policySubject`)
 * reads the billing `resource` of the organization in column `organizationColumn`. Billing lists
 * include it, so that a list, a page of managed clients and a PDF download can never disagree.
 */
export function billingReaderCondition(organizationColumn: string, actorParam: string, resource: BillingResource): string {
  return `(${SUBJECT_READS(actorParam, resource)} AND EXISTS (SELECT 1 FROM membership bm WHERE bm.organization_id = ${organizationColumn}
    AND bm.user_id = ${SUBJECT_USER(actorParam)} AND bm.role IN ${BILLING_READ_ROLES_SQL} AND ${SUBJECT_MEMBERSHIP('bm', actorParam)}))`;
}

/**
 * The condition that the actor (placeholder bound to `policySubject`) acts right now, in a live
 * partnership with the client organization in column `clientColumn`, for the partner organization
 * in column `partnerColumn`, and reads `resource` (the orders a partner placed in a client
 * organization are read by the people acting for that partner, and by its tokens with ORDERS).
 */
export function actsForPartnerCondition(clientColumn: string, partnerColumn: string, actorParam: string, resource: ApiScopeResource): string {
  return `(${SUBJECT_READS(actorParam, resource)} AND EXISTS (SELECT 1 FROM partnership aps JOIN membership apm ON apm.organization_id = aps.partner_organization_id
    WHERE aps.client_organization_id = ${clientColumn} AND aps.partner_organization_id = ${partnerColumn}
      AND apm.user_id = ${SUBJECT_USER(actorParam)} AND apm.role IN ${ACTING_ROLES_SQL} AND ${LIVE_PARTNERSHIP_SQL('aps')}
      AND ${SUBJECT_PARTNERSHIP('aps', actorParam)}))`;
}

/**
 * Whether the actor downloads an organization's billing `resource` as a file (CSV exports): what
 * `readsBilling` lets it read, and for an API token the EXPORTS scope on top of the resource's
 * own (a token that reads invoices through GraphQL does not bulk-download them unless told so).
 */
export async function readsBillingExport(ctx: RequestContext, organizationId: string, resource: BillingResource): Promise<boolean> {
  const access = await organizationAccess(ctx, organizationId);
  return (await readsBilling(ctx, organizationId, resource)) && accessReads(access, 'EXPORTS');
}

/**
 * `readsBillingExport` in SQL: `billingReaderCondition` plus, for a token, the EXPORTS scope.
 * Every export row carries it. The same rule as `billingReaderCondition`, written for a million
 * rows: the organizations whose billing the actor reads are an uncorrelated ARRAY sub-select,
 * which PostgreSQL reads once per statement (an InitPlan), and each row's organization is
 * checked against it; the correlated EXISTS cost one membership index probe per row. `IS TRUE`
 * keeps that check a filter: as an index condition (`= ANY`) it would cost the export's
 * invoice scan its order (PostgreSQL 15 does not return an `= ANY` index scan in order).
 */
export function billingExportCondition(organizationColumn: string, actorParam: string, resource: BillingResource): string {
  return `(${SUBJECT_READS(actorParam, 'EXPORTS')} AND ${SUBJECT_READS(actorParam, resource)}
    AND (${organizationColumn} = ANY (ARRAY(SELECT bm.organization_id FROM membership bm WHERE bm.user_id = ${SUBJECT_USER(actorParam)}
      AND bm.role IN ${BILLING_READ_ROLES_SQL} AND ${SUBJECT_MEMBERSHIP('bm', actorParam)}))) IS TRUE)`;
}
