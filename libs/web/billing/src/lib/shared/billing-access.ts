import { MembershipRole, PARTNER_ACCESS_PERMISSIONS, Permission, PartnershipAccess, roleCan } from '@manager/domain';

/** How the viewer reaches an organization (the API's `viewerAccess`). */
export interface ViewerAccessLike {
  via: 'MEMBER' | 'PARTNER';
  role?: MembershipRole | null;
  access?: PartnershipAccess | null;
}

function viewerCan(viewer: ViewerAccessLike | null | undefined, permission: Permission): boolean {
  if (!viewer) return false;
  if (viewer.via === 'MEMBER') return !!viewer.role && roleCan(viewer.role, permission);
  return !!viewer.access && PARTNER_ACCESS_PERMISSIONS[viewer.access].includes(permission);
}

/**
 * "Renew" on a product: the organization's LR/ADMIN, or a partner acting in it (LIMITED renews
 * the products in its scope, which are the only ones it sees; COMPLETE renews everything).
 *
 * @example canRenew({ via: 'PARTNER', access: 'LIMITED' }) // true
 */
export function canRenew(viewer: ViewerAccessLike | null | undefined): boolean {
  return viewerCan(viewer, 'PRODUCTS_RENEW') || viewerCan(viewer, 'ORDERS_PLACE');
}

/**
 * "Order a new product": the organization's LR/ADMIN, or a partner with COMPLETE access.
 *
 * @example canOrderNew({ via: 'PARTNER', access: 'LIMITED' }) // false
 */
export function canOrderNew(viewer: ViewerAccessLike | null | undefined): boolean {
  return viewerCan(viewer, 'ORDERS_PLACE');
}

/** The Billing tab (wallet, invoices, orders) and a partner's Revenue tab: own members with BILLING_READ. */
export function canReadBilling(role: MembershipRole | null | undefined): boolean {
  return !!role && roleCan(role, 'BILLING_READ');
}

/** "Top up": own members with BILLING_MANAGE. */
export function canTopUp(role: MembershipRole | null | undefined): boolean {
  return !!role && roleCan(role, 'BILLING_MANAGE');
}

/** A tab of the organization bar (same shape as the shell's). */
export interface BillingTab {
  label: string;
  icon: string;
  link: readonly string[];
  exact: boolean;
  testId: string;
}

/**
 * The billing tabs of a member's organization: "Billing" for BILLING_READ, and "Revenue" too when
 * the organization is a partner.
 *
 * @example billingTabs('o1', 'ADMIN', true).map((t) => t.label) // ['Billing', 'Revenue']
 */
export function billingTabs(orgId: string, role: MembershipRole | null | undefined, isPartner: boolean): BillingTab[] {
  if (!canReadBilling(role)) return [];
  const base = ['/org', orgId];
  const tabs: BillingTab[] = [{ label: 'Billing', icon: 'receipt', link: [...base, 'billing'], exact: false, testId: 'org-tab-billing' }];
  if (isPartner) tabs.push({ label: 'Revenue', icon: 'trending-up', link: [...base, 'revenue'], exact: false, testId: 'org-tab-revenue' });
  return tabs;
}
