import { Route, Routes } from '@angular/router';
import { authGuard, signedOutGuard, withApollo } from '@manager/web-data-access/light';

/**
 * Pages built on Apollo and Material's form fields, for `loadChildren`: Apollo (`withApollo`) and
 * the fields' error timing load with them. Field errors show after a change or a submit, never
 * for a field merely tabbed past (WCAG 3.3.1); its matcher is Material's core, which the first
 * screen after signing in (the dashboard, native fields) does without.
 */
export function withApolloPages(load: () => Promise<Routes>): () => Promise<Routes> {
  return withApollo(async () => {
    const [children, { provideErrorTiming }] = await Promise.all([load(), import('./field-error-timing')]);
    return [{ path: '', providers: [provideErrorTiming()], children }];
  });
}

/**
 * Every page that talks to the API beyond starting a session, loaded lazily. Public pages first;
 * everything else needs a session (`authGuard`, a `canMatch` so signed-out visitors never
 * download the signed-in code). The pages that start a session are in `app.routes.ts`.
 *
 * The signed-in shell and the dashboard (the first screen after signing in) read with
 * `GraphqlClient`, a plain fetch; the other pages use Apollo and its cache, which loads with
 * them (`withApollo`): one Apollo client and one cache for the whole app (`SharedApollo`; login
 * and sign-up clear it through `SessionCache`, logout clears it).
 */
export const apiRoutes: Route[] = [
  {
    path: '',
    children: [
      { path: 'reset-password', loadChildren: withApolloPages(() => import('@manager/web-auth').then((m) => m.resetPasswordRoutes)) },
      { path: 'terms', loadChildren: withApolloPages(() => import('@manager/web-organizations').then((m) => m.termsRoutes)) },
      // Two-step enrolment for people an organization's requirement holds there (see authGuard).
      { path: 'security-setup', loadChildren: withApolloPages(() => import('@manager/web-auth').then((m) => m.securitySetupRoutes)) },
      {
        path: 'invitations/accept',
        loadChildren: withApolloPages(() => import('@manager/web-members').then((m) => m.acceptInvitationRoutes)),
      },
      {
        // Signed out, a partnership invitation link shows what it offers before the login;
        // signed in, this does not match and the shell's page answers it.
        path: 'partners/invitations',
        canMatch: [signedOutGuard],
        loadChildren: withApolloPages(() => import('./partner-invitation-preview.routes').then((m) => m.partnershipInvitationPreviewRoutes)),
      },
      {
        path: '',
        canMatch: [authGuard],
        loadChildren: () => import('./shell/shell.routes').then((m) => m.shellRoutes),
      },
    ],
  },
];
