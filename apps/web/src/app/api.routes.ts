import { Route } from '@angular/router';
import { authGuard, provideGraphql } from '@manager/web-data-access';

/**
 * Every page, under one parent whose environment provides the GraphQL client: one Apollo instance
 * and one cache for the whole app (login clears it, logout clears it), loaded lazily.
 * Public pages first; everything else needs a session (`authGuard`, a `canMatch` so signed-out
 * visitors never download the signed-in code).
 */
export const apiRoutes: Route[] = [
  {
    path: '',
    providers: [provideGraphql('/graphql')],
    children: [
      { path: 'login', loadChildren: () => import('@manager/web-auth').then((m) => m.loginRoutes) },
      { path: 'change-user', loadChildren: () => import('@manager/web-auth').then((m) => m.changeUserRoutes) },
      { path: 'forgot-password', loadChildren: () => import('@manager/web-auth').then((m) => m.forgotPasswordRoutes) },
      { path: 'reset-password', loadChildren: () => import('@manager/web-auth').then((m) => m.resetPasswordRoutes) },
      { path: 'signup', loadChildren: () => import('@manager/web-organizations').then((m) => m.signupRoutes) },
      { path: 'terms', loadChildren: () => import('@manager/web-organizations').then((m) => m.termsRoutes) },
      {
        path: 'invitations/accept',
        loadChildren: () => import('@manager/web-members').then((m) => m.acceptInvitationRoutes),
      },
      {
        path: '',
        canMatch: [authGuard],
        loadChildren: () => import('./shell/shell.routes').then((m) => m.shellRoutes),
      },
    ],
  },
];
