export { Organization } from './lib/organization.entity';
export { Membership } from './lib/membership.entity';
export { MembershipProductGrant } from './lib/membership-product-grant.entity';
export { PartnerProfile } from './lib/partner-profile.entity';
export { getOrganization } from './lib/organization.service';
export { MemberInvitation } from './lib/invitations/member-invitation.entity';
export { BillingAddress } from './lib/details/billing-address.entity';
export { TermsAcceptance } from './lib/details/terms-acceptance.entity';
export { setVatVerifier, vatVerifier } from './lib/vies/vat-verification.registry';
export { viesRestVerifier, VIES_TIMEOUT_MS } from './lib/vies/vies-rest-verifier';
export type { VatVerifier, VatVerificationResult } from './lib/vies/vat-verifier';
export { organizationBillingProfiles, type OrganizationBillingProfile } from './lib/billing-facts/organization-billing-profiles';
/** Catalog, above organizations, answers which products an organization owns (EXTERNAL members' grants). */
export { answerProductsOfOrganization, type ProductsOfOrganization } from './lib/members/organization-products';

/** For the contexts above (partners): names and contacts, partner profiles and the directory, the EXTERNAL members a partnership folds in. */
export { organizationContacts, organizationNames, type OrganizationContact, type OrganizationName } from './lib/queries/organization-contacts';
export { partnerProfiles, type PartnerProfileSummary } from './lib/queries/partner-profiles';
export { joinedOrganization, type JoinedOrganization } from './lib/queries/joined-organization';
/** Partners keeps each client's name on its partnerships (its managed clients page by name on its own index). */
export { onOrganizationRenamed, organizationNameForCopy, type OrganizationRenamedListener } from './lib/details/organization-renamed';
export { listedPartnerProfiles, type PartnerDirectoryEntry } from './lib/queries/listed-partner-profiles';
export { organizationsLedBy } from './lib/members/organizations-led-by';
export { endExternalMembership, lockExternalMembersAlsoIn, type ExternalMember } from './lib/members/external-member-fold';

export { organizationsModule } from './lib/organizations.module';
/** The organizations context's error messages in every language (registered for the answer's translation and the catalog test). */
export { ORGANIZATIONS_ERRORS } from './lib/i18n/organizations-errors.catalog';
