import { Route } from '@angular/router';
import { providePartnerIcons } from './shared/partner-icons';

// Pages load with `loadComponent`: the shell imports this library statically (banner, switcher),
// and the pages must still stay out of its chunk until they are opened.

/** Mounted at `/org/:orgId/partners` in the signed-in shell (client side; the partnership page serves both sides). */
export const partnersRoutes: Route[] = [
  {
    path: '',
    providers: [providePartnerIcons()],
    children: [
      { path: '', loadComponent: () => import('./client/partners.page').then((m) => m.PartnersPage), title: $localize`:@@partners.routes.partners:Partners · Manager` },
      { path: 'new', loadComponent: () => import('./client/add-partner.page').then((m) => m.AddPartnerPage), title: $localize`:@@partners.routes.addPartner:Add a partner · Manager` },
      {
        path: ':partnershipId',
        loadComponent: () => import('./partnership/partnership.page').then((m) => m.PartnershipPage),
        title: $localize`:@@partners.routes.partnership:Partnership · Manager`,
      },
    ],
  },
];

/** Mounted at `/org/:orgId/clients` (partner side; the email link target for partners). */
export const clientsRoutes: Route[] = [
  {
    path: '',
    providers: [providePartnerIcons()],
    children: [
      { path: '', loadComponent: () => import('./clients/clients.page').then((m) => m.ClientsPage), title: $localize`:@@partners.routes.clients:Clients · Manager` },
      // A partnership seen from the partner's side lives under Clients, so the Clients tab is the active one.
      {
        path: ':partnershipId',
        loadComponent: () => import('./partnership/partnership.page').then((m) => m.PartnershipPage),
        title: $localize`:@@partners.routes.partnership:Partnership · Manager`,
      },
    ],
  },
];

/** Mounted at `/partners/invitations` in the signed-in shell (`?token=…[&answer=refuse]` from the email). */
export const partnershipInvitationRoutes: Route[] = [
  {
    path: '',
    loadComponent: () => import('./invitation/partnership-invitation.page').then((m) => m.PartnershipInvitationPage),
    title: $localize`:@@partners.routes.invitation:Partnership invitation · Manager`,
    providers: [providePartnerIcons()],
  },
];

