import { MembershipRole } from '@manager/domain';
import { ViewerAccessLike, hasPermission } from '@manager/web-data-access';

/** What the members page shows to a role: everything with actions, the list only, or a "not for you". */
export type MembersPageAccess = 'manage' | 'read' | 'none';

/**
 * From the API's `viewerAccess`: a partner's person with COMPLETE access reads the client's
 * members (the partner access grants MEMBERS_READ, never MEMBERS_MANAGE).
 *
 * @example membersPageAccess({ via: 'MEMBER', role: 'USER' }) // 'read'
 */
export function membersPageAccess(viewer: ViewerAccessLike | null | undefined): MembersPageAccess {
  if (!hasPermission(viewer, 'MEMBERS_READ')) return 'none';
  return hasPermission(viewer, 'MEMBERS_MANAGE') ? 'manage' : 'read';
}

/** Roles one can invite someone as or change a member to: legal responsibility is transferred, not assigned. */
export const ASSIGNABLE_ROLES: readonly MembershipRole[] = ['ADMIN', 'USER', 'EXTERNAL'];

export interface MemberRowActions {
  changeRole: boolean;
  remove: boolean;
  makeLegalResponsible: boolean;
  editProducts: boolean;
}

/**
 * The actions a viewer gets on one member's row. Nobody changes, removes or hands the legal
 * responsibility to themselves from here, and the legal responsible's own row is fixed (the
 * responsibility moves only by transfer). The API refuses the same things; this only hides them.
 *
 * @example
 * memberRowActions({ via: 'MEMBER', role: 'ADMIN' }, 'u1', { role: 'EXTERNAL', personId: 'u2' });
 * // { changeRole: true, remove: true, makeLegalResponsible: false, editProducts: true }
 */
export function memberRowActions(
  viewer: ViewerAccessLike | null | undefined,
  viewerUserId: string | null | undefined,
  member: { role: MembershipRole; personId: string },
): MemberRowActions {
  const manage = hasPermission(viewer, 'MEMBERS_MANAGE');
  const self = !!viewerUserId && member.personId === viewerUserId;
  const legal = member.role === 'LEGAL_RESPONSIBLE';
  const editable = manage && !self && !legal;
  return {
    changeRole: editable,
    remove: editable,
    makeLegalResponsible:
      hasPermission(viewer, 'LEGAL_RESPONSIBILITY_TRANSFER') && !self && !legal && member.role !== 'EXTERNAL',
    editProducts: editable && member.role === 'EXTERNAL',
  };
}
