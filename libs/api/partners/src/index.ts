import { PartnershipBillingOwnerResolver } from './lib/billing-owner/billing-owner.resolver';
import { PartnershipInvitationResolver } from './lib/invitations/invitation.resolver';
import { PartnershipLifecycleResolver } from './lib/lifecycle/lifecycle.resolver';
import { PartnerDirectoryResolver } from './lib/directory/partner-directory.resolver';
import { ManagedClientResolver, ManagedClientsResolver } from './lib/managed-clients/managed-clients.resolver';
import { CreatePartnerships1764170007000 } from './lib/migrations/1764170007000-CreatePartnerships';
import { IndexManagedClients1764170007100 } from './lib/migrations/1764170007100-IndexManagedClients';
import { PartnerProfileResolver } from './lib/partner-profile/partner-profile.resolver';
import { Partnership } from './lib/partnership.entity';
import { PartnershipProduct } from './lib/partnership-product.entity';
import { OrganizationPartnershipsResolver, PartnershipReadResolver } from './lib/partnership-read/partnership-read.resolver';

export { Partnership } from './lib/partnership.entity';
export { PartnershipProduct } from './lib/partnership-product.entity';
export {
  PARTNERSHIP_REMINDERS,
  sendPartnershipRemindersOnce,
  startPartnershipReminderJob,
  type PartnershipReminderJob,
} from './lib/reminders/partnership-reminders';
export { ManagedClient } from './lib/managed-clients/managed-client.type';
export { createPartnershipReadLoaders } from './lib/partnership-read/partnership-read.loaders';

export const partnerEntities = [Partnership, PartnershipProduct];
export const partnerMigrations = [CreatePartnerships1764170007000, IndexManagedClients1764170007100];
export const partnerResolvers = [
  PartnerDirectoryResolver,
  PartnerProfileResolver,
  PartnershipReadResolver,
  OrganizationPartnershipsResolver,
  ManagedClientsResolver,
  ManagedClientResolver,
  PartnershipLifecycleResolver,
  PartnershipInvitationResolver,
  PartnershipBillingOwnerResolver,
] as const;
