import { Route } from '@angular/router';
import { provideAppIcons } from '@manager/web-ui';
import { ActivityPage } from './activity/activity.page';
import { CreateOrganizationPage } from './create-organization/create-organization.page';
import { OrganizationDetailsPage } from './details/organization-details.page';
import { SignupPage } from './signup/signup.page';
import { TermsPage } from './terms/terms.page';

/** Mounted at `/signup` (public). */
export const signupRoutes: Route[] = [
  { path: '', component: SignupPage, title: 'Create an account · Manager', providers: [provideAppIcons()] },
];

/** Mounted at `/terms` (public). */
export const termsRoutes: Route[] = [{ path: '', component: TermsPage, title: 'General terms of use · Manager' }];

/** Mounted at `/organizations/new` in the signed-in shell. */
export const createOrganizationRoutes: Route[] = [
  { path: '', component: CreateOrganizationPage, title: 'Create an organization · Manager' },
];

/** Mounted at `/org/:orgId/details` in the signed-in shell. */
export const organizationDetailsRoutes: Route[] = [
  { path: '', component: OrganizationDetailsPage, title: 'Organization details · Manager' },
];

/** Mounted at `/org/:orgId/activity` in the signed-in shell. */
export const activityRoutes: Route[] = [{ path: '', component: ActivityPage, title: 'Activity · Manager' }];
