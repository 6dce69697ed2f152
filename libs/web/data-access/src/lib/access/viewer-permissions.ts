import type { MembershipRole, PartnershipAccess, Permission } from '@manager/domain';
// The permissions file alone, not the domain's index: this file loads with every signed-in page,
// and the index reaches the VAT rules and their check-digit library (about 14 kB brotli).
import { ROLE_PERMISSIONS, ROLES_ACTING_FOR_PARTNER, ROLES_READING_PARTNERSHIPS } from '@manager/domain/permissions';

/**
 * What the SPA asks about the viewer: the domain's permissions, plus the two partner-program
 * rights the API's policy decides by role list (`ROLES_READING_PARTNERSHIPS`,
 * `ROLES_ACTING_FOR_PARTNER`) rather than by a permission: the schema's `ViewerPermission`.
 */
export type ViewerRight = Permission | 'PARTNERSHIPS_READ' | 'ACT_FOR_PARTNER';

/**
 * How the viewer reaches an organization: the API's `Organization.viewerAccess` (its fields the
 * SPA asks for). `permissions` is what the API's policy decided; every query that selects
 * `viewerAccess` selects it.
 */
export interface ViewerAccessLike {
  via: 'MEMBER' | 'PARTNER';
  role?: MembershipRole | null;
  access?: PartnershipAccess | null;
  permissions: readonly ViewerRight[];
}

/**
 * A membership as `me.memberships` lists it, where the API sends only the viewer's own role
 * there: the one place the SPA reads the domain's role table, the same table the policy reads.
 * Anything the SPA has a `viewerAccess` for uses that instead.
 */
export function memberAccess(role: MembershipRole): ViewerAccessLike;
export function memberAccess(role: MembershipRole | null | undefined): ViewerAccessLike | null;
export function memberAccess(role: MembershipRole | null | undefined): ViewerAccessLike | null {
  if (!role) return null;
  const permissions: ViewerRight[] = [...ROLE_PERMISSIONS[role]];
  if (ROLES_READING_PARTNERSHIPS.includes(role)) permissions.push('PARTNERSHIPS_READ');
  if (ROLES_ACTING_FOR_PARTNER.includes(role)) permissions.push('ACT_FOR_PARTNER');
  return { via: 'MEMBER', role, permissions };
}

/**
 * The rights of the viewer in one organization: the `viewerAccess.permissions` the API's policy
 * computed. The SPA never re-derives them from `via`, `role` or `access`.
 *
 * @example
 * viewerRights({ via: 'PARTNER', access: 'COMPLETE', permissions: ['MEMBERS_READ'] }).has('MEMBERS_READ') // true
 */
export function viewerRights(viewer: ViewerAccessLike | null | undefined): ReadonlySet<ViewerRight> {
  return new Set(viewer?.permissions ?? []);
}

/**
 * Whether the viewer may do one thing in the organization: what every page asks before it offers
 * an action (the API refuses the same things; this only hides them).
 *
 * @example hasPermission(org.viewerAccess, 'AUDIT_READ')
 */
export function hasPermission(viewer: ViewerAccessLike | null | undefined, right: ViewerRight): boolean {
  return viewerRights(viewer).has(right);
}
