import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { organizationAccess, type RequestContext } from '@manager/api-core';
import { Organization } from '../organization.entity';
import { BillingAddress } from './billing-address.entity';
import {
  CreateOrganizationInput,
  CreateOrganizationPayload,
  UpdateOrganizationInput,
  UpdateOrganizationPayload,
} from './organization-details.input';
import { organizationDetailsLoaders } from './organization-details.loaders';
import { createOrganization, updateOrganization } from './organization-details.service';
import { VatVerification } from './vat-verification.type';

@Resolver(() => Organization)
export class OrganizationDetailsResolver {
  @Authorized()
  @Mutation(() => CreateOrganizationPayload, { description: 'Creates an organization; the signed-in person becomes its legal responsible.' })
  async createOrganization(
    @Arg('input', () => CreateOrganizationInput) input: CreateOrganizationInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CreateOrganizationPayload> {
    return { organization: await createOrganization(ctx, input) };
  }

  @Authorized()
  @Mutation(() => UpdateOrganizationPayload, { description: 'Saves the details form (legal responsible and administrators).' })
  async updateOrganization(
    @Arg('input', () => UpdateOrganizationInput) input: UpdateOrganizationInput,
    @Ctx() ctx: RequestContext,
  ): Promise<UpdateOrganizationPayload> {
    return { organization: await updateOrganization(ctx, input) };
  }

  /** Every member except EXTERNAL ones, who see an empty list. */
  @FieldResolver(() => [BillingAddress], { description: 'Default first. Empty for external members.' })
  async billingAddresses(@Root() organization: Organization, @Ctx() ctx: RequestContext): Promise<BillingAddress[]> {
    const access = await organizationAccess(ctx, organization.id);
    if (!access || access.role === 'EXTERNAL') return [];
    return organizationDetailsLoaders(ctx).billingAddressesByOrganization.load(organization.id);
  }

  @FieldResolver(() => VatVerification, { nullable: true, description: 'Null when VIES checks are off or there is no VAT number.' })
  vatVerification(@Root() organization: Organization): VatVerification | null {
    if (!organization.vatNumber || !organization.vatVerificationStatus || !organization.vatCheckedAt) return null;
    return {
      status: organization.vatVerificationStatus,
      checkedAt: organization.vatCheckedAt,
      registeredName: organization.vatRegisteredName,
    };
  }

  @FieldResolver(() => Date, { nullable: true, description: 'When the terms of use were last accepted for this organization.' })
  async termsAcceptedAt(@Root() organization: Organization, @Ctx() ctx: RequestContext): Promise<Date | null> {
    if (!(await organizationAccess(ctx, organization.id))) return null;
    return organizationDetailsLoaders(ctx).termsAcceptedAtByOrganization.load(organization.id);
  }
}
