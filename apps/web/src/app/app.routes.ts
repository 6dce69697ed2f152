import { Route } from '@angular/router';
import { accessibilityRoutes, dpaVerificationRoutes, privacyRoutes, supportedBrowsersRoutes } from '@manager/web-compliance';

/**
 * The initial bundle holds Angular, the router and this file only.
 *
 * The pages that start a session (log in, change user, forgot password, sign up) come first, on
 * their own: they talk to the API with a plain `fetch` and load no GraphQL client, so the first
 * screen most people see stays small. Every other page sits under one lazy parent
 * (`api.routes.ts`) that provides the GraphQL client (Apollo and graphql-js load with it, in
 * parallel with the page's own code); Material, forms and icons come with the pages that use them.
 */
export const appRoutes: Route[] = [
  { path: 'login', loadChildren: () => import('@manager/web-auth').then((m) => m.loginRoutes) },
  { path: 'change-user', loadChildren: () => import('@manager/web-auth').then((m) => m.changeUserRoutes) },
  { path: 'forgot-password', loadChildren: () => import('@manager/web-auth').then((m) => m.forgotPasswordRoutes) },
  { path: 'signup', loadChildren: () => import('@manager/web-organizations').then((m) => m.signupRoutes) },
  // The footer's public pages and the certificate check: plain fetch, no GraphQL client.
  // The routes are imported (the footer's library is in the first bundle anyway); each page loads lazily.
  { path: 'privacy', children: privacyRoutes },
  { path: 'browsers', children: supportedBrowsersRoutes },
  { path: 'accessibility', children: accessibilityRoutes },
  { path: 'verify/dpa', children: dpaVerificationRoutes },
  { path: '', loadChildren: () => import('./api.routes').then((m) => m.apiRoutes) },
];
