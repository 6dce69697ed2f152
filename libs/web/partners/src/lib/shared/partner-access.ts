import { BillingOwner, PartnershipAccess, PartnershipStatus } from '@manager/domain';
import { ViewerAccessLike, hasPermission } from '@manager/web-data-access';

/** A tab of the organization bar (same shape as the shell's own tabs). */
export interface PartnerTab {
  label: string;
  icon: string;
  link: readonly string[];
  exact: boolean;
  testId: string;
}

/**
 * The partner-program tabs a member sees after the organization's own tabs: "Partners" (client
 * side) for those who read partnerships, "Clients" when the organization is a partner and the
 * viewer acts for it.
 *
 * @example
 * partnerProgramTabs('o1', { via: 'MEMBER', role: 'USER' }, true).map((t) => t.label); // ['Clients']
 */
export function partnerProgramTabs(orgId: string, viewer: ViewerAccessLike | null | undefined, isPartner: boolean): PartnerTab[] {
  const base = ['/org', orgId];
  const tabs: PartnerTab[] = [];
  if (hasPermission(viewer, 'PARTNERSHIPS_READ')) {
    tabs.push({ label: 'Partners', icon: 'handshake', link: [...base, 'partners'], exact: false, testId: 'org-tab-partners' });
  }
  if (isPartner && hasPermission(viewer, 'ACT_FOR_PARTNER')) {
    tabs.push({ label: 'Clients', icon: 'work', link: [...base, 'clients'], exact: false, testId: 'org-tab-clients' });
  }
  return tabs;
}

/**
 * The tabs of a client organization reached through a partnership: its products (the dashboard)
 * and, with COMPLETE access, its members (read only: the members page reads `viewerAccess`).
 */
export function actingPartnerTabs(orgId: string, viewer: ViewerAccessLike | null | undefined): PartnerTab[] {
  if (viewer?.via !== 'PARTNER' || !viewer.access) return [];
  const tabs: PartnerTab[] = [{ label: 'Dashboard', icon: 'dashboard', link: ['/org', orgId], exact: true, testId: 'org-tab-dashboard' }];
  // COMPLETE access reads the client's members (read only); LIMITED sees only its products.
  if (hasPermission(viewer, 'MEMBERS_READ')) {
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
