import { CreateOrganizations1764170001000 } from './lib/migrations/1764170001000-CreateOrganizations';
import { Membership } from './lib/membership.entity';
import { MembershipResolver, UserMembershipsResolver } from './lib/membership.resolver';
import { Organization } from './lib/organization.entity';
import { OrganizationResolver } from './lib/organization.resolver';
import { PartnerProfile } from './lib/partner-profile.entity';
import { memberEntities, memberMigrations, memberResolvers } from './lib/members/members.module';
import { detailsEntities, detailsMigrations, detailsResolvers } from './lib/details/details.module';

export { Organization } from './lib/organization.entity';
export { Membership } from './lib/membership.entity';
export { PartnerProfile } from './lib/partner-profile.entity';
export { createOrganizationLoaders } from './lib/organization.loaders';
export { getOrganization } from './lib/organization.service';
export { createMemberLoaders } from './lib/members/member.loaders';
export { MemberInvitation } from './lib/invitations/member-invitation.entity';
export { BillingAddress } from './lib/details/billing-address.entity';
export { TermsAcceptance } from './lib/details/terms-acceptance.entity';
export { createOrganizationDetailsLoaders } from './lib/details/organization-details.loaders';
export { setVatVerifier, vatVerifier } from './lib/vies/vat-verification.registry';
export { viesRestVerifier, VIES_TIMEOUT_MS } from './lib/vies/vies-rest-verifier';
export type { VatVerifier, VatVerificationResult } from './lib/vies/vat-verifier';

export const organizationEntities = [Organization, Membership, PartnerProfile, ...memberEntities, ...detailsEntities];
export const organizationMigrations = [CreateOrganizations1764170001000, ...detailsMigrations, ...memberMigrations];
export const organizationResolvers = [OrganizationResolver, MembershipResolver, UserMembershipsResolver, ...memberResolvers, ...detailsResolvers] as const;
