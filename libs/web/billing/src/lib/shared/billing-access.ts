import { ViewerAccessLike, hasPermission } from '@manager/web-data-access/light';

export type { ViewerAccessLike };

/**
 * "Renew" on a product: the organization's LR/ADMIN, or a partner acting in it (LIMITED renews
 * the products in its scope, which are the only ones it sees; COMPLETE renews everything).
 *
 * @example canRenew({ via: 'PARTNER', access: 'LIMITED' }) // true
 */
export function canRenew(viewer: ViewerAccessLike | null | undefined): boolean {
  return hasPermission(viewer, 'PRODUCTS_RENEW') || hasPermission(viewer, 'ORDERS_PLACE');
}

/**
 * "Order a new product": the organization's LR/ADMIN, or a partner with COMPLETE access.
 *
 * @example canOrderNew({ via: 'PARTNER', access: 'LIMITED' }) // false
 */
export function canOrderNew(viewer: ViewerAccessLike | null | undefined): boolean {
  return hasPermission(viewer, 'ORDERS_PLACE');
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
 * @example billingTabs('o1', { via: 'MEMBER', role: 'ADMIN' }, true).map((t) => t.label) // ['Billing', 'Revenue']
 */
export function billingTabs(orgId: string, viewer: ViewerAccessLike | null | undefined, isPartner: boolean): BillingTab[] {
  if (!hasPermission(viewer, 'BILLING_READ')) return [];
  const base = ['/org', orgId];
  const tabs: BillingTab[] = [{ label: $localize`:@@billing.tabs.billing:Billing`, icon: 'receipt', link: [...base, 'billing'], exact: false, testId: 'org-tab-billing' }];
  if (isPartner) tabs.push({ label: $localize`:@@billing.tabs.revenue:Revenue`, icon: 'trending-up', link: [...base, 'revenue'], exact: false, testId: 'org-tab-revenue' });
  return tabs;
}
