import { Route } from '@angular/router';
import { provideAppIcons } from '@manager/web-ui';
import { Shell } from './shell';

/** The signed-in frame around the organization pages. */
export const shellRoutes: Route[] = [
  {
    path: '',
    component: Shell,
    providers: [provideAppIcons()],
    loadChildren: () => import('@manager/web-dashboard').then((m) => m.dashboardRoutes),
  },
];
