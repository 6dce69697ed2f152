export { Partnership } from './lib/partnership.entity';
export { PartnershipProduct } from './lib/partnership-product.entity';
export {
  PARTNERSHIP_REMINDERS,
  sendPartnershipRemindersOnce,
  startPartnershipReminderJob,
  type PartnershipReminderJob,
} from './lib/reminders/partnership-reminders';
export { ManagedClient } from './lib/managed-clients/managed-client.type';
export { lockPartnershipsForOrder, type OrderPartnership } from './lib/billing-owner/order-partnerships';

export { partnersModule } from './lib/partners.module';
