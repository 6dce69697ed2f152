import { defineContext } from '@manager/api-core';
import { onOrganizationRenamed } from '@manager/api-organizations';
import { PartnershipBillingOwnerResolver } from './billing-owner/billing-owner.resolver';
import { PartnerDirectoryResolver } from './directory/partner-directory.resolver';
import { PartnershipInvitationResolver } from './invitations/invitation.resolver';
import { PartnershipLifecycleResolver } from './lifecycle/lifecycle.resolver';
import { syncClientName } from './managed-clients/client-name';
import { ManagedClientResolver, ManagedClientsResolver } from './managed-clients/managed-clients.resolver';
import { CreatePartnerships1764170007000 } from './migrations/1764170007000-CreatePartnerships';
import { IndexManagedClients1764170007100 } from './migrations/1764170007100-IndexManagedClients';
import { PartnershipClientName1764170090000 } from './migrations/1764170090000-PartnershipClientName';
import { PartnerProfileResolver } from './partner-profile/partner-profile.resolver';
import { PartnershipProduct } from './partnership-product.entity';
import { createPartnershipReadLoaders, type PartnershipReadLoaders } from './partnership-read/partnership-read.loaders';
import { OrganizationPartnershipsResolver, PartnershipReadResolver } from './partnership-read/partnership-read.resolver';
import { Partnership } from './partnership.entity';
import { startPartnershipReminderJob } from './reminders/partnership-reminders';

declare module '@manager/api-core' {
  interface Loaders {
    partners: PartnershipReadLoaders;
  }
}

// Each partnership keeps its client's name (the managed clients' keyset): organizations owns renames and tells us.
onOrganizationRenamed(syncClientName);

/** Partner profiles and directory, partnerships from invitation to termination, managed clients. */
export const partnersModule = defineContext({
  name: 'partners',
  resolvers: [
    PartnerDirectoryResolver,
    PartnerProfileResolver,
    PartnershipReadResolver,
    OrganizationPartnershipsResolver,
    ManagedClientsResolver,
    ManagedClientResolver,
    PartnershipLifecycleResolver,
    PartnershipInvitationResolver,
    PartnershipBillingOwnerResolver,
  ],
  entities: [Partnership, PartnershipProduct],
  migrations: [CreatePartnerships1764170007000, IndexManagedClients1764170007100, PartnershipClientName1764170090000],
  loaders: createPartnershipReadLoaders,
  // End-date reminders only queue emails: they run wherever the outbox worker does.
  jobs: [({ dataSource, publicUrl, log }) => startPartnershipReminderJob(dataSource, publicUrl, log)],
});
