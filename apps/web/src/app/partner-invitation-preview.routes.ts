// The partner library is imported statically by the shell, and a library must not be both static
// and lazy (the module-boundary rule): the signed-out invitation page is lazy through this file,
// which reaches only the library's small entry point for it.
export { partnershipInvitationPreviewRoutes } from '@manager/web-partners/invitation-preview';
