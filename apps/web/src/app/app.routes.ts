import { Route } from '@angular/router';
import { authGuard } from '@manager/web-data-access';

/**
 * Every feature is lazy: the first paint only needs Angular, the router and Apollo. Material,
 * forms and the icons load with the first page that uses them.
 */
export const appRoutes: Route[] = [
  { path: 'login', loadChildren: () => import('@manager/web-auth').then((m) => m.loginRoutes) },
  { path: 'change-user', loadChildren: () => import('@manager/web-auth').then((m) => m.changeUserRoutes) },
  {
    path: '',
    canMatch: [authGuard],
    loadChildren: () => import('./shell/shell.routes').then((m) => m.shellRoutes),
  },
];
