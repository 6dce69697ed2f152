import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { organizationAccess, readsOrganizationDetails, type RequestContext } from '@manager/api-core';
import { Organization } from '@manager/api-organizations';
import { partnershipReadLoaders } from '../partnership-read/partnership-read.loaders';
import { PartnerProfile } from './partner-profile.type';

@Resolver(() => Organization)
export class PartnerProfileResolver {
  /** The organization's own members (not EXTERNAL ones, not its partners' or clients' people). */
  @FieldResolver(() => PartnerProfile, { nullable: true, description: "Own members only (not external ones); null if the organization is not a partner." })
  async partnerProfile(@Root() organization: Organization, @Ctx() ctx: RequestContext): Promise<PartnerProfile | null> {
    const access = await organizationAccess(ctx, organization.id);
    if (!readsOrganizationDetails(access) || access?.role === 'EXTERNAL') return null;
    const row = await partnershipReadLoaders(ctx).partnerProfile.load(organization.id);
    if (!row) return null;
    return Object.assign(new PartnerProfile(), {
      publicName: row.public_name,
      contactEmail: row.contact_email,
      country: row.country,
      description: row.description,
      listed: row.listed,
      resellerDiscountRate: row.reseller_discount_bp / 10_000,
      commissionRate: row.commission_bp / 10_000,
    });
  }
}
