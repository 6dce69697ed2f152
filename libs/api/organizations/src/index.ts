import { CreateOrganizations1764170001000 } from './lib/migrations/1764170001000-CreateOrganizations';
import { Membership } from './lib/membership.entity';
import { MembershipResolver, UserMembershipsResolver } from './lib/membership.resolver';
import { Organization } from './lib/organization.entity';
import { OrganizationResolver } from './lib/organization.resolver';
import { PartnerProfile } from './lib/partner-profile.entity';

export { Organization } from './lib/organization.entity';
export { Membership } from './lib/membership.entity';
export { PartnerProfile } from './lib/partner-profile.entity';
export { createOrganizationLoaders } from './lib/organization.loaders';

export const organizationEntities = [Organization, Membership, PartnerProfile];
export const organizationMigrations = [CreateOrganizations1764170001000];
export const organizationResolvers = [OrganizationResolver, MembershipResolver, UserMembershipsResolver] as const;
