import { type ViewerAccessLike, hasPermission } from '@manager/web-data-access';

/**
 * Who may do what on the token screens, from the `viewerAccess.permissions` the API computed.
 * The API hides what these hide and refuses the rest; these only keep the screens honest.
 */

/** API tokens belong to members: a partner's person reaching a client has none there. */
export function mayHaveTokens(viewer: ViewerAccessLike | null | undefined): boolean {
  return viewer?.via === 'MEMBER';
}

/**
 * Organization tokens: the API lets the legal responsible and administrators create, list, rotate
 * and revoke them (`ROLES_READING_PARTNERSHIPS` in its token service). The schema has no
 * permission of its own for that yet (`ViewerPermission` lacks an API_TOKENS_MANAGE), so this
 * reads PARTNERSHIPS_READ, the permission the API derives from that very role list. Replace it here
 * once the API answers a dedicated permission.
 */
export function mayManageOrganizationTokens(viewer: ViewerAccessLike | null | undefined): boolean {
  return mayHaveTokens(viewer) && hasPermission(viewer, 'PARTNERSHIPS_READ');
}

/** A partner organization's tokens may reach its clients: the form offers a client selection. */
export function choosesClients(organization: { partnerProfile?: unknown; viewerAccess: ViewerAccessLike | null }): boolean {
  return organization.partnerProfile != null && hasPermission(organization.viewerAccess, 'ACT_FOR_PARTNER');
}

/** Client side: who sees the partners' tokens ("API access") and who blocks them. */
export function seesPartnerApiAccess(viewer: ViewerAccessLike | null | undefined): boolean {
  return mayHaveTokens(viewer) && hasPermission(viewer, 'PARTNERSHIPS_READ');
}

export function mayBlockPartnerTokens(viewer: ViewerAccessLike | null | undefined): boolean {
  return mayHaveTokens(viewer) && hasPermission(viewer, 'PARTNERS_MANAGE');
}
