import { MembershipRole, PARTNER_ACCESS_PERMISSIONS, PartnershipAccess, roleCan } from '@manager/domain';

/** What the members page shows to a role: everything with actions, the list only, or a "not for you". */
export type MembersPageAccess = 'manage' | 'read' | 'none';

export function membersPageAccess(
  viewerRole: MembershipRole | null | undefined,
  partnerAccess?: PartnershipAccess | null,
): MembersPageAccess {
  // A partner's person with COMPLETE access reads the client's members; it never manages them.
  if (!viewerRole) return partnerAccess && PARTNER_ACCESS_PERMISSIONS[partnerAccess].includes('MEMBERS_READ') ? 'read' : 'none';
  if (!roleCan(viewerRole, 'MEMBERS_READ')) return 'none';
  return roleCan(viewerRole, 'MEMBERS_MANAGE') ? 'manage' : 'read';
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
 * memberRowActions('ADMIN', 'u1', { role: 'EXTERNAL', personId: 'u2' });
 * // { changeRole: true, remove: true, makeLegalResponsible: false, editProducts: true }
 */
export function memberRowActions(
  viewerRole: MembershipRole | null | undefined,
  viewerUserId: string | null | undefined,
  member: { role: MembershipRole; personId: string },
): MemberRowActions {
  const manage = !!viewerRole && roleCan(viewerRole, 'MEMBERS_MANAGE');
  const self = !!viewerUserId && member.personId === viewerUserId;
  const legal = member.role === 'LEGAL_RESPONSIBLE';
  const editable = manage && !self && !legal;
  return {
    changeRole: editable,
    remove: editable,
    makeLegalResponsible:
      !!viewerRole && roleCan(viewerRole, 'LEGAL_RESPONSIBILITY_TRANSFER') && !self && !legal && member.role !== 'EXTERNAL',
    editProducts: editable && member.role === 'EXTERNAL',
  };
}
