import { Route } from '@angular/router';
import { billingRoutes, provideBillingIcons, revenueRoutes } from '@manager/web-billing';
import { clientsRoutes, partnershipInvitationRoutes, partnersRoutes, providePartnerIcons } from '@manager/web-partners';
import { provideAppIcons } from '@manager/web-ui';
import { cookieDecisionsRoutes, dataProtectionRoutes } from '@manager/web-compliance';
import { Shell } from './shell';

/** The signed-in frame around the organization pages; each page's code loads with it. */
export const shellRoutes: Route[] = [
  {
    path: '',
    component: Shell,
    providers: [provideAppIcons(), providePartnerIcons(), provideBillingIcons()],
    children: [
      { path: 'account/security', loadChildren: () => import('@manager/web-auth').then((m) => m.accountSecurityRoutes) },
      { path: 'account/privacy', children: cookieDecisionsRoutes },
      {
        path: 'organizations/new',
        loadChildren: () => import('@manager/web-organizations').then((m) => m.createOrganizationRoutes),
      },
      {
        path: 'org/:orgId/details',
        loadChildren: () => import('@manager/web-organizations').then((m) => m.organizationDetailsRoutes),
      },
      {
        path: 'org/:orgId/activity',
        loadChildren: () => import('@manager/web-organizations').then((m) => m.activityRoutes),
      },
      { path: 'org/:orgId/data-protection', children: dataProtectionRoutes },
      { path: 'org/:orgId/members', loadChildren: () => import('@manager/web-members').then((m) => m.membersRoutes) },
      // The partner library is imported statically (banner, switcher); its pages load lazily (loadComponent).
      { path: 'org/:orgId/partners', children: partnersRoutes },
      { path: 'org/:orgId/clients', children: clientsRoutes },
      { path: 'partners/invitations', children: partnershipInvitationRoutes },
      // Billing (issue 5): imported statically like the partner library (tabs, icons); pages load lazily.
      { path: 'org/:orgId/billing', children: billingRoutes },
      { path: 'org/:orgId/revenue', children: revenueRoutes },
      { path: 'org/:orgId/api-tokens', loadChildren: () => import('@manager/web-developer').then((m) => m.apiTokensRoutes) },
      { path: '', loadChildren: () => import('@manager/web-dashboard').then((m) => m.dashboardRoutes) },
    ],
  },
];
