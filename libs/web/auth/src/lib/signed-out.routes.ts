import { Route } from '@angular/router';

// The pages that start a session. The app imports these routes with its own (no chunk and no
// round trip of their own before the login screen's code), so this file imports no page and
// nothing heavy: each page loads on its own (loadComponent), none uses Apollo (they are mounted
// outside the app's GraphQL environment), Material or `@angular/forms` (native fields; the
// forgot-password page provides its error timing itself). Their icons are registered at the
// app's root (`provideSignedOutIcons`, app.config.ts), not the app's whole set.

/** Mounted at `/login` by the app (no GraphQL client). */
export const loginRoutes: Route[] = [
  {
    path: '',
    loadComponent: () => import('./login/login.page').then((m) => m.LoginPage),
    title: $localize`:@@auth.login.title:Log in · Manager`,
  },
];

/** Mounted at `/change-user` by the app (no GraphQL client). */
export const changeUserRoutes: Route[] = [
  {
    path: '',
    loadComponent: () => import('./change-user/change-user.page').then((m) => m.ChangeUserPage),
    title: $localize`:@@auth.changeUser.title:Change user · Manager`,
  },
];

/** Mounted at `/forgot-password` (public, no GraphQL client). */
export const forgotPasswordRoutes: Route[] = [
  {
    path: '',
    loadComponent: () => import('./forgot-password/forgot-password.page').then((m) => m.ForgotPasswordPage),
    title: $localize`:@@auth.forgotPassword.title:Forgot password · Manager`,
  },
];

