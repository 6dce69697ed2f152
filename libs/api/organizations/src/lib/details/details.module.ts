import { CreateOrganizationDetails1764170005000 } from '../migrations/1764170005000-CreateOrganizationDetails';
import { SignUpResolver } from '../sign-up/sign-up.resolver';
import { TermsOfUseResolver } from '../terms/terms-of-use.resolver';
import { BillingAddress } from './billing-address.entity';
import { OrganizationDetailsResolver } from './organization-details.resolver';
import { TermsAcceptance } from './terms-acceptance.entity';

/** Sign-up, organization details, terms of use and VAT verification (issue 3, part A). */
export const detailsEntities = [BillingAddress, TermsAcceptance];
export const detailsMigrations = [CreateOrganizationDetails1764170005000];
export const detailsResolvers = [OrganizationDetailsResolver, SignUpResolver, TermsOfUseResolver] as const;
