import { CreateOrganizations1764170001000 } from './lib/migrations/1764170001000-CreateOrganizations';
import { Membership } from './lib/membership.entity';
import { MembershipResolver, UserMembershipsResolver } from './lib/membership.resolver';
import { Organization } from './lib/organization.entity';
import { OrganizationResolver } from './lib/organization.resolver';
import { PartnerProfile } from './lib/partner-profile.entity';
import { memberEntities, memberMigrations, memberResolvers } from './lib/members/members.module';

export { Organization } from './lib/organization.entity';
export { Membership } from './lib/membership.entity';
export { PartnerProfile } from './lib/partner-profile.entity';
export { createOrganizationLoaders } from './lib/organization.loaders';
export { createMemberLoaders } from './lib/members/member.loaders';
export { MemberInvitation } from './lib/invitations/member-invitation.entity';


export const organizationEntities = [Organization, Membership, PartnerProfile, ...memberEntities];
export const organizationMigrations = [CreateOrganizations1764170001000, ...memberMigrations];
export const organizationResolvers = [OrganizationResolver, MembershipResolver, UserMembershipsResolver, ...memberResolvers] as const;
