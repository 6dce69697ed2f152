import { Route } from '@angular/router';
import { provideAppIcons } from '@manager/web-ui';
import { ChangeUserPage } from './change-user/change-user.page';
import { LoginPage } from './login/login.page';

/** Mounted at `/login` by the app. */
export const loginRoutes: Route[] = [
  { path: '', component: LoginPage, title: 'Log in · Manager', providers: [provideAppIcons()] },
];

/** Mounted at `/change-user` by the app. */
export const changeUserRoutes: Route[] = [
  { path: '', component: ChangeUserPage, title: 'Change user · Manager', providers: [provideAppIcons()] },
];

// The password pages load on their own (loadComponent), so that the login screen's code stays
// small; the policy's dictionaries come later still, with the new-password field.

/** Mounted at `/forgot-password` (public). */
export const forgotPasswordRoutes: Route[] = [
  {
    path: '',
    loadComponent: () => import('./forgot-password/forgot-password.page').then((m) => m.ForgotPasswordPage),
    title: 'Forgot password · Manager',
    providers: [provideAppIcons()],
  },
];

/** Mounted at `/reset-password` (public; the emailed link carries `#token=…`). */
export const resetPasswordRoutes: Route[] = [
  {
    path: '',
    loadComponent: () => import('./reset-password/reset-password.page').then((m) => m.ResetPasswordPage),
    title: 'Choose a new password · Manager',
    providers: [provideAppIcons()],
  },
];

/** Mounted at `/account/security` in the signed-in shell. */
export const accountSecurityRoutes: Route[] = [
  {
    path: '',
    loadComponent: () => import('./account-security/account-security.page').then((m) => m.AccountSecurityPage),
    title: 'Security · Manager',
  },
];
