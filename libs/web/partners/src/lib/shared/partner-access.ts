import { PartnershipAccess } from '@manager/domain';
import { ViewerAccessLike, hasPermission } from '@manager/web-data-access/light';

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
    tabs.push({ label: $localize`:@@partners.tabs.partners:Partners`, icon: 'handshake', link: [...base, 'partners'], exact: false, testId: 'org-tab-partners' });
  }
  if (isPartner && hasPermission(viewer, 'ACT_FOR_PARTNER')) {
    tabs.push({ label: $localize`:@@partners.tabs.clients:Clients`, icon: 'work', link: [...base, 'clients'], exact: false, testId: 'org-tab-clients' });
  }
  return tabs;
}

/**
 * The tabs of a client organization reached through a partnership: its products (the dashboard)
 * and, with COMPLETE access, its members (read only: the members page reads `viewerAccess`).
 */
export function actingPartnerTabs(orgId: string, viewer: ViewerAccessLike | null | undefined): PartnerTab[] {
  if (viewer?.via !== 'PARTNER' || !viewer.access) return [];
  const tabs: PartnerTab[] = [{ label: $localize`:@@partners.tabs.dashboard:Dashboard`, icon: 'dashboard', link: ['/org', orgId], exact: true, testId: 'org-tab-dashboard' }];
  // COMPLETE access reads the client's members (read only); LIMITED sees only its products.
  if (hasPermission(viewer, 'MEMBERS_READ')) {
    tabs.push({ label: $localize`:@@partners.tabs.members:Members`, icon: 'group', link: ['/org', orgId, 'members'], exact: false, testId: 'org-tab-members' });
  }
  return tabs;
}

// The labels moved to partner-labels.ts (translated); re-exported for the existing importers.
export { BILLING_OWNER_LABELS, PARTNERSHIP_STATUS_LABELS } from './partner-labels';

/** "You are acting as Pixel Partners (partner, limited access)". */
export function actingAsText(partnerName: string, access: PartnershipAccess | null | undefined): string {
  return access === 'COMPLETE'
    ? $localize`:@@partners.acting.completeAccess:You are acting as ${partnerName}:partnerName: (partner, complete access)`
    : $localize`:@@partners.acting.limitedAccess:You are acting as ${partnerName}:partnerName: (partner, limited access)`;
}
