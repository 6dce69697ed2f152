import {
  MembershipRole,
  PARTNER_ACCESS_PERMISSIONS,
  Permission,
  PartnershipAccess,
  ROLE_PERMISSIONS,
  ROLES_ACTING_FOR_PARTNER,
  ROLES_READING_PARTNERSHIPS,
} from '@manager/domain';

/** How the viewer reaches an organization: the API's `Organization.viewerAccess` (its fields the SPA asks for). */
export interface ViewerAccessLike {
  via: 'MEMBER' | 'PARTNER';
  role?: MembershipRole | null;
  access?: PartnershipAccess | null;
}

/**
 * What the SPA asks about the viewer: the domain's permissions, plus the two partner-program
 * rights the API's policy decides by role list (`ROLES_READING_PARTNERSHIPS`,
 * `ROLES_ACTING_FOR_PARTNER`) rather than by a permission.
 */
export type ViewerRight = Permission | 'PARTNERSHIPS_READ' | 'ACT_FOR_PARTNER';

/** A membership as `me.memberships` lists it: the viewer's own role there. */
export function memberAccess(role: MembershipRole | null | undefined): ViewerAccessLike | null {
  return role ? { via: 'MEMBER', role } : null;
}

/**
 * The rights of the viewer in one organization, from the `viewerAccess` the API computed (its
 * policy decides who reaches the organization and how; the SPA never guesses that from the role
 * of a membership it happens to know). The API sends the way in (`via`, `role`, `access`) but not
 * yet the list of permissions its policy derives from it (`OrganizationAccess.permissions`), so
 * this is the one place that reads the domain's table for it, the same table the policy reads.
 * When the schema exposes `viewerAccess.permissions`, only this function changes.
 *
 * @example
 * viewerRights({ via: 'PARTNER', access: 'COMPLETE' }).has('MEMBERS_READ') // true
 */
export function viewerRights(viewer: ViewerAccessLike | null | undefined): ReadonlySet<ViewerRight> {
  if (!viewer) return new Set();
  if (viewer.via === 'PARTNER') return new Set(viewer.access ? PARTNER_ACCESS_PERMISSIONS[viewer.access] : []);
  const role = viewer.role;
  if (!role) return new Set();
  const rights = new Set<ViewerRight>(ROLE_PERMISSIONS[role]);
  if (ROLES_READING_PARTNERSHIPS.includes(role)) rights.add('PARTNERSHIPS_READ');
  if (ROLES_ACTING_FOR_PARTNER.includes(role)) rights.add('ACT_FOR_PARTNER');
  return rights;
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
