import { Route } from '@angular/router';
import { provideAppIcons } from '@manager/web-ui/app-icons';
import { provideErrorTiming } from '@manager/web-ui/forms';

// Every page loads on its own (loadComponent): sign-up is mounted outside the app's GraphQL
// environment and must not bring the signed-in pages' code (nor, through it, Apollo) along.

/** Mounted at `/signup` (public, no GraphQL client). */
export const signupRoutes: Route[] = [
  {
    path: '',
    loadComponent: () => import('./signup/signup.page').then((m) => m.SignupPage),
    title: $localize`:@@organizations.routes.signup:Create an account · Manager`,
    providers: [provideAppIcons(), provideErrorTiming()],
  },
];

/** Mounted at `/terms` (public). */
export const termsRoutes: Route[] = [
  { path: '', loadComponent: () => import('./terms/terms.page').then((m) => m.TermsPage), title: $localize`:@@organizations.routes.terms:General terms of use · Manager` },
];

/** Mounted at `/organizations/new` in the signed-in shell. */
export const createOrganizationRoutes: Route[] = [
  {
    path: '',
    loadComponent: () => import('./create-organization/create-organization.page').then((m) => m.CreateOrganizationPage),
    title: $localize`:@@organizations.routes.create:Create an organization · Manager`,
  },
];

/** Mounted at `/org/:orgId/details` in the signed-in shell. */
export const organizationDetailsRoutes: Route[] = [
  {
    path: '',
    loadComponent: () => import('./details/organization-details.page').then((m) => m.OrganizationDetailsPage),
    title: $localize`:@@organizations.routes.details:Organization details · Manager`,
  },
];

/** Mounted at `/org/:orgId/activity` in the signed-in shell. */
export const activityRoutes: Route[] = [
  { path: '', loadComponent: () => import('./activity/activity.page').then((m) => m.ActivityPage), title: $localize`:@@organizations.routes.activity:Activity · Manager` },
];
