import { Route } from '@angular/router';
import { provideAppIcons } from '@manager/web-ui/app-icons';

// Every page loads on its own (loadComponent): this file is what `import('@manager/web-auth')`
// brings to the pages inside the app's GraphQL environment (the reset page, the account page),
// so it imports no page. The signed-out pages are in `signed-out.routes.ts`. The password
// policy's dictionaries come later still, with the new-password field.

/** Mounted at `/reset-password` (public, under the GraphQL client; the emailed link carries `#token=…`). */
export const resetPasswordRoutes: Route[] = [
  {
    path: '',
    loadComponent: () => import('./reset-password/reset-password.page').then((m) => m.ResetPasswordPage),
    title: $localize`:@@auth.resetPassword.title:Choose a new password · Manager`,
    providers: [provideAppIcons()],
  },
];

/** Mounted at `/account/security` in the signed-in shell. */
export const accountSecurityRoutes: Route[] = [
  {
    path: '',
    loadComponent: () => import('./account-security/account-security.page').then((m) => m.AccountSecurityPage),
    title: $localize`:@@auth.security.title:Security · Manager`,
  },
];

/**
 * Mounted at `/security-setup`, outside the shell (whose pages the API refuses until then): the
 * enrolment an organization's two-step requirement sends its members to.
 */
export const securitySetupRoutes: Route[] = [
  {
    path: '',
    loadComponent: () => import('./security-setup/security-setup.page').then((m) => m.SecuritySetupPage),
    title: $localize`:@@auth.securitySetup.title:Set up two-step verification · Manager`,
    providers: [provideAppIcons()],
  },
];
