import { Route } from '@angular/router';
import { authGuard, provideGraphql, signedOutGuard } from '@manager/web-data-access';
import { provideErrorTiming } from '@manager/web-ui/forms';

/**
 * Every page that uses the GraphQL client, under one parent whose environment provides it: one
 * Apollo instance and one cache for the whole app (login and sign-up clear it through
 * `SessionCache`, logout clears it), loaded lazily. Public pages first; everything else needs a
 * session (`authGuard`, a `canMatch` so signed-out visitors never download the signed-in code).
 * The pages that start a session are in `app.routes.ts`, outside this environment.
 */
export const apiRoutes: Route[] = [
  {
    path: '',
    // Field errors after a change or a submit, never for a field merely tabbed past (WCAG 3.3.1).
    providers: [provideGraphql('/graphql'), provideErrorTiming()],
    children: [
      { path: 'reset-password', loadChildren: () => import('@manager/web-auth').then((m) => m.resetPasswordRoutes) },
      { path: 'terms', loadChildren: () => import('@manager/web-organizations').then((m) => m.termsRoutes) },
      // Two-step enrolment for people an organization's requirement holds there (see authGuard).
      { path: 'security-setup', loadChildren: () => import('@manager/web-auth').then((m) => m.securitySetupRoutes) },
      {
        path: 'invitations/accept',
        loadChildren: () => import('@manager/web-members').then((m) => m.acceptInvitationRoutes),
      },
      {
        // Signed out, a partnership invitation link shows what it offers before the login;
        // signed in, this does not match and the shell's page answers it.
        path: 'partners/invitations',
        canMatch: [signedOutGuard],
        loadChildren: () => import('./partner-invitation-preview.routes').then((m) => m.partnershipInvitationPreviewRoutes),
      },
      {
        path: '',
        canMatch: [authGuard],
        loadChildren: () => import('./shell/shell.routes').then((m) => m.shellRoutes),
      },
    ],
  },
];
