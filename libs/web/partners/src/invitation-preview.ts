/**
 * The signed-out face of a partnership invitation link, on an entry point of its own: the app's
 * public routes load it lazily while the shell imports the library's main entry statically.
 */
export { partnershipInvitationPreviewRoutes } from './lib/invitation/partnership-invitation-preview.routes';
