import { Route } from '@angular/router';

/** Public pages (no GraphQL client): mounted at the root by the app. */
export const privacyRoutes: Route[] = [
  { path: '', loadComponent: () => import('./privacy/privacy-statement.page').then((m) => m.PrivacyStatementPage), title: 'Privacy statement · Manager' },
];
export const supportedBrowsersRoutes: Route[] = [
  { path: '', loadComponent: () => import('./browsers/supported-browsers.page').then((m) => m.SupportedBrowsersPage), title: 'Supported browsers · Manager' },
];
/** /verify/dpa and /verify/dpa/<code>. */
export const dpaVerificationRoutes: Route[] = [
  { path: '', loadComponent: () => import('./verify/dpa-verification.page').then((m) => m.DpaVerificationPage), title: 'Check a data processing agreement · Manager' },
  { path: ':code', loadComponent: () => import('./verify/dpa-verification.page').then((m) => m.DpaVerificationPage), title: 'Check a data processing agreement · Manager' },
];

/** In the signed-in shell: /org/<id>/data-protection and /account/privacy. */
export const dataProtectionRoutes: Route[] = [
  { path: '', loadComponent: () => import('./data-protection/data-protection.page').then((m) => m.DataProtectionPage) },
];
export const cookieDecisionsRoutes: Route[] = [
  { path: '', loadComponent: () => import('./cookie-decisions/cookie-decisions.page').then((m) => m.CookieDecisionsPage) },
];
