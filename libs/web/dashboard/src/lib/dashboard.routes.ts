import { Route } from '@angular/router';
import { firstOrganizationGuard } from './home/first-organization.guard';
import { NoOrganizationPage } from './home/no-organization.page';
import { NotFoundPage } from './not-found/not-found.page';
import { OrganizationDashboardPage } from './organization-dashboard/organization-dashboard.page';

/** Mounted inside the signed-in shell at `/`. */
export const dashboardRoutes: Route[] = [
  {
    path: '',
    pathMatch: 'full',
    canActivate: [firstOrganizationGuard],
    component: NoOrganizationPage,
    title: 'Manager', // the brand alone: nothing to translate
  },
  { path: 'org/:orgId', component: OrganizationDashboardPage, title: $localize`:@@dashboard.organization.title:Organization · Manager` },
  { path: '**', component: NotFoundPage, title: $localize`:@@dashboard.notFound.title:Not found · Manager` },
];
