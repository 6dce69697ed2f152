import {
  BillingOwner,
  MembershipRole,
  PartnershipAccess,
  PartnershipStatus,
  ROLES_ACTING_FOR_PARTNER,
  ROLES_READING_PARTNERSHIPS,
  roleCan,
  PARTNER_ACCESS_PERMISSIONS,
} from '@manager/domain';

/** A tab of the organization bar (same shape as the shell's own tabs). */
export interface PartnerTab {
  label: string;
  icon: string;
  link: readonly string[];
  exact: boolean;
  testId: string;
}

/** Client side: the legal responsible and administrators read the partnerships. */
export function canReadPartnerships(role: MembershipRole | null | undefined): boolean {
  return !!role && ROLES_READING_PARTNERSHIPS.includes(role);
}

/** Client side: only the legal responsible grants, changes and ends partnerships. */
export function canManagePartners(role: MembershipRole | null | undefined): boolean {
  return !!role && roleCan(role, 'PARTNERS_MANAGE');
}

/** Partner side: who lists the clients (every role acting for the partner, not EXTERNAL). */
export function actsForPartner(role: MembershipRole | null | undefined): boolean {
  return !!role && ROLES_ACTING_FOR_PARTNER.includes(role);
}

/** Partner side: who accepts, refuses, asks for access and ends partnerships (LR, administrators). */
export function canManageClients(role: MembershipRole | null | undefined): boolean {
  return !!role && roleCan(role, 'CLIENTS_MANAGE');
}

/**
 * The partner-program tabs a member sees after the organization's own tabs: "Partners" (client
 * side) for those who read partnerships, "Clients" when the organization is a partner and the
 * role acts for it.
 *
 * @example
 * partnerProgramTabs('o1', 'USER', true).map((t) => t.label); // ['Clients']
 */
export function partnerProgramTabs(orgId: string, role: MembershipRole | null | undefined, isPartner: boolean): PartnerTab[] {
  const base = ['/org', orgId];
  const tabs: PartnerTab[] = [];
  if (canReadPartnerships(role)) {
    tabs.push({ label: 'Partners', icon: 'handshake', link: [...base, 'partners'], exact: false, testId: 'org-tab-partners' });
  }
  if (isPartner && actsForPartner(role)) {
    tabs.push({ label: 'Clients', icon: 'work', link: [...base, 'clients'], exact: false, testId: 'org-tab-clients' });
  }
  return tabs;
}

/**
 * The tabs of a client organization reached through a partnership: its products (the dashboard)
 * only. A COMPLETE partner may read the members too, but the members page is built for members'
 * roles; it joins here when that page reads `viewerAccess`.
 */
export function actingPartnerTabs(orgId: string, access: PartnershipAccess | null | undefined): PartnerTab[] {
  if (!access) return [];
  const tabs: PartnerTab[] = [{ label: 'Dashboard', icon: 'dashboard', link: ['/org', orgId], exact: true, testId: 'org-tab-dashboard' }];
  // COMPLETE access reads the client's members (read only); LIMITED sees only its products.
  if (PARTNER_ACCESS_PERMISSIONS[access].includes('MEMBERS_READ')) {
    tabs.push({ label: 'Members', icon: 'group', link: ['/org', orgId, 'members'], exact: false, testId: 'org-tab-members' });
  }
  return tabs;
}

export const PARTNERSHIP_STATUS_LABELS: Record<PartnershipStatus, string> = {
  PENDING: 'Pending',
  ACTIVE: 'Active',
  REFUSED: 'Refused',
  TERMINATED: 'Ended',
  CANCELLED: 'Cancelled',
};

export const BILLING_OWNER_LABELS: Record<BillingOwner, string> = {
  CLIENT: 'The client pays',
  PARTNER: 'The partner pays',
};

/** "You are acting as Pixel Partners (partner, limited access)". */
export function actingAsText(partnerName: string, access: PartnershipAccess | null | undefined): string {
  const level = access === 'COMPLETE' ? 'complete access' : 'limited access';
  return `You are acting as ${partnerName} (partner, ${level})`;
}
