import { Route } from '@angular/router';
// A light entry of its own (route definitions and titles only, each page lazy): imported with
// these routes on purpose, while the rest of @manager/web-auth loads lazily from api.routes.ts.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { changeUserRoutes, forgotPasswordRoutes, loginRoutes } from '@manager/web-auth/signed-out';
import { accessibilityRoutes, dpaVerificationRoutes, privacyRoutes, supportedBrowsersRoutes } from '@manager/web-compliance';

/**
 * Loaded by main.ts after the translations (the titles translate when this file is evaluated):
 * Angular, the router and the root component are the initial chunk, these routes the next one.
 *
 * The pages that start a session (log in, change user, forgot password, sign up) come first, on
 * their own: they talk to the API with a plain `fetch` and load no GraphQL client, so the first
 * screen most people see stays small. Every other page sits under one lazy parent
 * (`api.routes.ts`) that provides the GraphQL client (Apollo and graphql-js load with it, in
 * parallel with the page's own code); Material, forms and icons come with the pages that use them.
 */
export const appRoutes: Route[] = [
  // Their routes come with these (a few lines, and the signed-out icons): the login screen's
  // code is requested as soon as the app starts, not after a chunk of route definitions.
  { path: 'login', children: loginRoutes },
  { path: 'change-user', children: changeUserRoutes },
  { path: 'forgot-password', children: forgotPasswordRoutes },
  { path: 'signup', loadChildren: () => import('@manager/web-organizations').then((m) => m.signupRoutes) },
  // The footer's public pages and the certificate check: plain fetch, no GraphQL client.
  // The routes are imported (the footer's library is in the first bundle anyway); each page loads lazily.
  { path: 'privacy', children: privacyRoutes },
  { path: 'browsers', children: supportedBrowsersRoutes },
  { path: 'accessibility', children: accessibilityRoutes },
  { path: 'verify/dpa', children: dpaVerificationRoutes },
  { path: '', loadChildren: () => import('./api.routes').then((m) => m.apiRoutes) },
];
