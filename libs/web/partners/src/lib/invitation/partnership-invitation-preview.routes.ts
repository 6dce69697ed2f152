import { Route } from '@angular/router';
import { provideAppIcons } from '@manager/web-ui';
import { providePartnerIcons } from '../shared/partner-icons';

/** Mounted at `/partners/invitations` before the shell, for signed-out visitors: the invitation's context, then log in. */
export const partnershipInvitationPreviewRoutes: Route[] = [
  {
    path: '',
    loadComponent: () => import('./partnership-invitation-preview.page').then((m) => m.PartnershipInvitationPreviewPage),
    title: $localize`:@@partners.routes.invitation:Partnership invitation · Manager`,
    providers: [provideAppIcons(), providePartnerIcons()],
  },
];
