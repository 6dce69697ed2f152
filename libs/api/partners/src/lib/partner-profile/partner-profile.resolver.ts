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
    const profile = await partnershipReadLoaders(ctx).partnerProfile.load(organization.id);
    if (!profile) return null;
    return Object.assign(new PartnerProfile(), {
      publicName: profile.publicName,
      contactEmail: profile.contactEmail,
      country: profile.country,
      description: profile.description,
      listed: profile.listed,
      resellerDiscountRate: profile.resellerDiscountBp / 10_000,
      commissionRate: profile.commissionBp / 10_000,
    });
  }
}
