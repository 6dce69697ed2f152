import { Route } from '@angular/router';
import { provideAppIcons } from '@manager/web-ui';
import { AcceptInvitationPage } from './accept-invitation/accept-invitation.page';
import { MembersPage } from './members/members.page';

/** Mounted at `/org/:orgId/members` in the signed-in shell. */
export const membersRoutes: Route[] = [{ path: '', component: MembersPage, title: $localize`:@@members.title:Members · Manager` }];

/** Mounted at `/invitations/accept` (public; `?token=` from the email). */
export const acceptInvitationRoutes: Route[] = [
  { path: '', component: AcceptInvitationPage, title: $localize`:@@members.acceptInvitation.title:Join an organization · Manager`, providers: [provideAppIcons()] },
];
