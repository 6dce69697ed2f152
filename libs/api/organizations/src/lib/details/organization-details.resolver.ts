import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { organizationAccess, readsOrganizationDetails, type RequestContext } from '@manager/api-core';
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

  /** Every member except EXTERNAL ones, who see an empty list (so do partners: see the access policy). */
  @FieldResolver(() => [BillingAddress], { description: 'Default first. Empty for external members and partners.' })
  async billingAddresses(@Root() organization: Organization, @Ctx() ctx: RequestContext): Promise<BillingAddress[]> {
    const access = await organizationAccess(ctx, organization.id);
    if (!readsOrganizationDetails(access) || access?.role === 'EXTERNAL') return [];
    return organizationDetailsLoaders(ctx).billingAddressesByOrganization.load(organization.id);
  }

  /** Declared on the entity; members only (a partner's people get null). */
  @FieldResolver(() => String, { nullable: true, description: 'Null for partners acting in the organization.' })
  async vatNumber(@Root() organization: Organization, @Ctx() ctx: RequestContext): Promise<string | null> {
    return readsOrganizationDetails(await organizationAccess(ctx, organization.id)) ? organization.vatNumber : null;
  }

  @FieldResolver(() => VatVerification, { nullable: true, description: 'Null when VIES checks are off or there is no VAT number, and for partners.' })
  async vatVerification(@Root() organization: Organization, @Ctx() ctx: RequestContext): Promise<VatVerification | null> {
    if (!organization.vatNumber || !organization.vatVerificationStatus || !organization.vatCheckedAt) return null;
    if (!readsOrganizationDetails(await organizationAccess(ctx, organization.id))) return null;
    return {
      status: organization.vatVerificationStatus,
      checkedAt: organization.vatCheckedAt,
      registeredName: organization.vatRegisteredName,
    };
  }

  @FieldResolver(() => Date, { nullable: true, description: 'When the terms of use were last accepted for this organization.' })
  async termsAcceptedAt(@Root() organization: Organization, @Ctx() ctx: RequestContext): Promise<Date | null> {
    if (!readsOrganizationDetails(await organizationAccess(ctx, organization.id))) return null;
    return organizationDetailsLoaders(ctx).termsAcceptedAtByOrganization.load(organization.id);
  }
}
