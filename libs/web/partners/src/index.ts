export * from './lib/partners.routes';
export { providePartnerIcons } from './lib/shared/partner-icons';
export { partnerShell, SWITCHER_CLIENTS } from './lib/shell/partner-shell';
export type { PartnerShell, SwitcherClientGroup, SwitcherClient, ActingAs } from './lib/shell/partner-shell';
export { ActingBanner } from './lib/shell/acting-banner';
export type { PartnerTab } from './lib/shared/partner-access';
