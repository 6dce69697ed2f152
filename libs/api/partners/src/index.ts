export { Partnership } from './lib/partnership.entity';
export { PartnershipProduct } from './lib/partnership-product.entity';
export {
  PARTNERSHIP_REMINDERS,
  sendPartnershipRemindersOnce,
  startPartnershipReminderJob,
  type PartnershipReminderJob,
} from './lib/reminders/partnership-reminders';
export { ManagedClient } from './lib/managed-clients/managed-client.type';
export { liveClientIdsAmong } from './lib/managed-clients/live-client-ids';

export { partnersModule } from './lib/partners.module';
