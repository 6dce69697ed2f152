import { Route } from '@angular/router';
import { provideAppIcons } from '@manager/web-ui/icons';

// Every page loads on its own (loadComponent): this file is what `import('@manager/web-auth')`
// brings, for the login screen as for the signed-in account page, so it imports no page. The
// signed-out pages (login, change user, forgot password) use no Apollo and are mounted outside
// the app's GraphQL environment; the reset page and the account page sit inside it. The password
// policy's dictionaries come later still, with the new-password field. Nothing here imports
// Material or `@angular/forms` (the forgot-password page provides its error timing itself): the
// login screen, built on native fields, would load them with this file.

/** Mounted at `/login` by the app (no GraphQL client). */
export const loginRoutes: Route[] = [
  {
    path: '',
    loadComponent: () => import('./login/login.page').then((m) => m.LoginPage),
    title: $localize`:@@auth.login.title:Log in · Manager`,
    providers: [provideAppIcons()],
  },
];

/** Mounted at `/change-user` by the app (no GraphQL client). */
export const changeUserRoutes: Route[] = [
  {
    path: '',
    loadComponent: () => import('./change-user/change-user.page').then((m) => m.ChangeUserPage),
    title: $localize`:@@auth.changeUser.title:Change user · Manager`,
    providers: [provideAppIcons()],
  },
];

/** Mounted at `/forgot-password` (public, no GraphQL client). */
export const forgotPasswordRoutes: Route[] = [
  {
    path: '',
    loadComponent: () => import('./forgot-password/forgot-password.page').then((m) => m.ForgotPasswordPage),
    title: $localize`:@@auth.forgotPassword.title:Forgot password · Manager`,
    providers: [provideAppIcons()],
  },
];

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
