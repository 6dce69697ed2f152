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
