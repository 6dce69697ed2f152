import type { DataSource } from 'typeorm';
import { type Actor, defineContext } from '@manager/api-core';
import { detailsEntities, detailsMigrations, detailsResolvers } from './details/details.module';
import { createOrganizationDetailsLoaders, type OrganizationDetailsLoaders } from './details/organization-details.loaders';
import { createMemberLoaders, type MemberLoaders } from './members/member.loaders';
import { memberEntities, memberMigrations, memberResolvers } from './members/members.module';
import { Membership } from './membership.entity';
import { MembershipResolver, UserMembershipsResolver } from './membership.resolver';
import { CreateOrganizations1764170001000 } from './migrations/1764170001000-CreateOrganizations';
import { AddSecondFactorRequirement1764170081000 } from './migrations/1764170081000-AddSecondFactorRequirement';
import { IndexSecondFactorRequirement1764170110000 } from './migrations/1764170110000-IndexSecondFactorRequirement';
import { SecondFactorPolicyResolver } from './details/second-factor-policy.resolver';
import { Organization } from './organization.entity';
import { createOrganizationLoaders, type OrganizationLoaders } from './organization.loaders';
import { OrganizationResolver } from './organization.resolver';
import { PartnerProfile } from './partner-profile.entity';

export type OrganizationsLoaders = OrganizationLoaders & MemberLoaders & OrganizationDetailsLoaders;

declare module '@manager/api-core' {
  interface Loaders {
    organizations: OrganizationsLoaders;
  }
}

function createOrganizationsLoaders(dataSource: DataSource, actor: Actor | null): OrganizationsLoaders {
  return {
    ...createOrganizationLoaders(dataSource, actor),
    ...createMemberLoaders(dataSource, actor),
    ...createOrganizationDetailsLoaders(dataSource),
  };
}

/** Organizations, their members, roles and invitations, details (addresses, VAT, terms) and sign-up. */
export const organizationsModule = defineContext({
  name: 'organizations',
  resolvers: [OrganizationResolver, MembershipResolver, UserMembershipsResolver, ...memberResolvers, ...detailsResolvers, SecondFactorPolicyResolver],
  entities: [Organization, Membership, PartnerProfile, ...memberEntities, ...detailsEntities],
  migrations: [CreateOrganizations1764170001000, ...detailsMigrations, ...memberMigrations, AddSecondFactorRequirement1764170081000, IndexSecondFactorRequirement1764170110000],
  loaders: createOrganizationsLoaders,
});
