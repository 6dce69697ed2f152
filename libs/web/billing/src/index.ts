export * from './lib/billing.routes';
export { provideBillingIcons } from './lib/shared/billing-icons';
export { billingTabs, canOrderNew, canRenew } from './lib/shared/billing-access';
export type { BillingTab, ViewerAccessLike } from './lib/shared/billing-access';
export { payerNotice } from './lib/shared/payer-notice';
export type { OrderViewer, PayerNotice } from './lib/shared/payer-notice';
export { injectOrderingContext } from './lib/ordering/ordering-context';
export type { OrderingContext } from './lib/ordering/ordering-context';
export { RenewButton, OrderNewProductButton } from './lib/ordering/order-buttons';
export type { PlacedOrder } from './lib/ordering/order-dialog';
// The partnership pages' pieces: `@manager/web-billing/partnership` (see partnership.ts).
