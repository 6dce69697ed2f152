import { Route } from '@angular/router';

// Pages load with `loadComponent`: the shell imports this library statically (tabs, icons), and
// the dashboard and the partner pages use its order dialog and billing pieces; the pages stay in
// their own chunks until opened.

/** Mounted at `/org/:orgId/billing` in the signed-in shell (the organization's own LR/ADMIN). */
export const billingRoutes: Route[] = [
  { path: '', loadComponent: () => import('./billing/billing.page').then((m) => m.BillingPage), title: () => $localize`:@@billing.route.title.billing:Billing · Manager` },
];

/** Mounted at `/org/:orgId/revenue` (partner organizations, BILLING_READ). */
export const revenueRoutes: Route[] = [
  { path: '', loadComponent: () => import('./revenue/revenue.page').then((m) => m.RevenuePage), title: () => $localize`:@@billing.route.title.revenue:Revenue · Manager` },
];
