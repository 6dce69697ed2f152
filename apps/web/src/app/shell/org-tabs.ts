import { ViewerAccessLike, hasPermission } from '@manager/web-data-access/light';

export interface OrgTab {
  label: string;
  icon: string;
  link: readonly string[];
  /** The dashboard matches only its exact URL; the others their sub-pages too. */
  exact: boolean;
  testId: string;
}

/**
 * The organization pages a member may open, in the order of the tab bar. Details show to every
 * member (what each may read is the API's business); members need MEMBERS_READ, the activity
 * AUDIT_READ.
 *
 * @example
 * organizationTabs('o1', { via: 'MEMBER', role: 'USER' }).map((t) => t.label); // ['Dashboard', 'Details', 'Members']
 */
export function organizationTabs(orgId: string, viewer: ViewerAccessLike): OrgTab[] {
  const base = ['/org', orgId];
  const tabs: OrgTab[] = [
    { label: $localize`:@@shell.tabs.dashboard:Dashboard`, icon: 'dashboard', link: base, exact: true, testId: 'org-tab-dashboard' },
    { label: $localize`:@@shell.tabs.details:Details`, icon: 'business', link: [...base, 'details'], exact: false, testId: 'org-tab-details' },
  ];
  if (hasPermission(viewer, 'MEMBERS_READ')) {
    tabs.push({ label: $localize`:@@shell.tabs.members:Members`, icon: 'group', link: [...base, 'members'], exact: false, testId: 'org-tab-members' });
  }
  if (hasPermission(viewer, 'AUDIT_READ')) {
    tabs.push({ label: $localize`:@@shell.tabs.activity:Activity`, icon: 'history', link: [...base, 'activity'], exact: false, testId: 'org-tab-activity' });
  }
  return tabs;
}

/**
 * The developers' page, last in the bar: every member has personal API tokens (the legal
 * responsible and administrators the organization's too), so it shows for any membership.
 */
export function apiTokensTab(orgId: string): OrgTab {
  return { label: $localize`:@@shell.tabs.apiTokens:API tokens`, icon: 'key', link: ['/org', orgId, 'api-tokens'], exact: false, testId: 'org-tab-api-tokens' };
}
