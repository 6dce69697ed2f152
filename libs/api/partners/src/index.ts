export { Partnership } from './lib/partnership.entity';
export { PartnershipProduct } from './lib/partnership-product.entity';
export {
  PARTNERSHIP_REMINDERS,
  sendPartnershipRemindersOnce,
  startPartnershipReminderJob,
  type PartnershipReminderJob,
} from './lib/reminders/partnership-reminders';
/** The one way a partnership row is first written (invitations, requests, test fixtures). */
export { createPartnership, type CreatedPartnership, type NewPartnership } from './lib/lifecycle/partnership-create';
export { ManagedClient } from './lib/managed-clients/managed-client.type';
export { lockPartnershipsForOrder, type OrderPartnership } from './lib/billing-owner/order-partnerships';
export { liveClientIdsAmong } from './lib/managed-clients/live-client-ids';

export { partnersModule } from './lib/partners.module';
/** The partners context's error messages in every language (registered for the answer's translation and the catalog test). */
export { PARTNERS_ERRORS } from './lib/i18n/partners-errors.catalog';
