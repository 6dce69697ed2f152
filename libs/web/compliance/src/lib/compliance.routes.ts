import { Route } from '@angular/router';

/** Public pages (no GraphQL client): mounted at the root by the app. */
export const privacyRoutes: Route[] = [
  { path: '', loadComponent: () => import('./privacy/privacy-statement.page').then((m) => m.PrivacyStatementPage), title: $localize`:@@compliance.privacy.title:Privacy statement · Manager` },
];
export const supportedBrowsersRoutes: Route[] = [
  { path: '', loadComponent: () => import('./browsers/supported-browsers.page').then((m) => m.SupportedBrowsersPage), title: $localize`:@@compliance.browsers.title:Supported browsers · Manager` },
];
const verifyTitle = $localize`:@@compliance.verify.title:Check a data processing agreement · Manager`;

/** The accessibility statement, linked from the footer. */
export const accessibilityRoutes: Route[] = [
  { path: '', loadComponent: () => import('./accessibility/accessibility-statement.page').then((m) => m.AccessibilityStatementPage), title: $localize`:@@compliance.accessibility.title:Accessibility statement · Manager` },
];

/** /verify/dpa and /verify/dpa/<code>. */
export const dpaVerificationRoutes: Route[] = [
  { path: '', loadComponent: () => import('./verify/dpa-verification.page').then((m) => m.DpaVerificationPage), title: verifyTitle },
  { path: ':code', loadComponent: () => import('./verify/dpa-verification.page').then((m) => m.DpaVerificationPage), title: verifyTitle },
];

/** In the signed-in shell: /org/<id>/data-protection and /account/privacy. */
export const dataProtectionRoutes: Route[] = [
  { path: '', loadComponent: () => import('./data-protection/data-protection.page').then((m) => m.DataProtectionPage) },
];
export const cookieDecisionsRoutes: Route[] = [
  { path: '', loadComponent: () => import('./cookie-decisions/cookie-decisions.page').then((m) => m.CookieDecisionsPage) },
];
