import { Route } from '@angular/router';
import { billingRoutes, provideBillingIcons, revenueRoutes } from '@manager/web-billing';
import { clientsRoutes, partnershipInvitationRoutes, partnersRoutes, providePartnerIcons } from '@manager/web-partners';
import { provideAppIcons } from '@manager/web-ui';
import { cookieDecisionsRoutes, dataProtectionRoutes } from '@manager/web-compliance';
import { withApolloPages } from '../api.routes';
import { Shell } from './shell';

/** Routes imported with the shell (their libraries are), their pages still lazy: Apollo loads with them. */
const withApolloNow = (routes: Route[]) => withApolloPages(() => Promise.resolve(routes));

/**
 * The signed-in frame around the organization pages; each page's code loads with it. The shell
 * and the dashboard read with `GraphqlClient`; every other page uses Apollo, which loads with it
 * (`withApolloPages`), so the first screen after signing in loads no GraphQL client.
 */
export const shellRoutes: Route[] = [
  {
    path: '',
    component: Shell,
    providers: [provideAppIcons(), providePartnerIcons(), provideBillingIcons()],
    children: [
      { path: 'account/security', loadChildren: withApolloPages(() => import('@manager/web-auth').then((m) => m.accountSecurityRoutes)) },
      { path: 'account/privacy', loadChildren: withApolloNow(cookieDecisionsRoutes) },
      {
        path: 'organizations/new',
        loadChildren: withApolloPages(() => import('@manager/web-organizations').then((m) => m.createOrganizationRoutes)),
      },
      {
        path: 'org/:orgId/details',
        loadChildren: withApolloPages(() => import('@manager/web-organizations').then((m) => m.organizationDetailsRoutes)),
      },
      {
        path: 'org/:orgId/activity',
        loadChildren: withApolloPages(() => import('@manager/web-organizations').then((m) => m.activityRoutes)),
      },
      { path: 'org/:orgId/data-protection', loadChildren: withApolloNow(dataProtectionRoutes) },
      { path: 'org/:orgId/members', loadChildren: withApolloPages(() => import('@manager/web-members').then((m) => m.membersRoutes)) },
      // The partner library is imported statically (banner, switcher); its pages load lazily (loadComponent).
      { path: 'org/:orgId/partners', loadChildren: withApolloNow(partnersRoutes) },
      { path: 'org/:orgId/clients', loadChildren: withApolloNow(clientsRoutes) },
      { path: 'partners/invitations', loadChildren: withApolloNow(partnershipInvitationRoutes) },
      // Billing (issue 5): imported statically like the partner library (tabs, icons); pages load lazily.
      { path: 'org/:orgId/billing', loadChildren: withApolloNow(billingRoutes) },
      { path: 'org/:orgId/revenue', loadChildren: withApolloNow(revenueRoutes) },
      { path: 'org/:orgId/api-tokens', loadChildren: withApolloPages(() => import('@manager/web-developer').then((m) => m.apiTokensRoutes)) },
      // The first screen after signing in: GraphqlClient only (its order dialog loads Apollo when opened).
      { path: '', loadChildren: () => import('@manager/web-dashboard').then((m) => m.dashboardRoutes) },
    ],
  },
];
