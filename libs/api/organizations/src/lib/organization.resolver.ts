import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { organizationAccess, type RequestContext } from '@manager/api-core';
import { MembershipRole } from '@manager/domain';
import { Organization } from './organization.entity';
import { getOrganization } from './organization.service';

@Resolver(() => Organization)
export class OrganizationResolver {
  @Authorized()
  @Query(() => Organization)
  organization(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Organization> {
    return getOrganization(ctx, id);
  }

  @FieldResolver(() => MembershipRole, { nullable: true, description: "The signed-in user's role in this organization." })
  async viewerRole(@Root() organization: Organization, @Ctx() ctx: RequestContext): Promise<MembershipRole | null> {
    return (await organizationAccess(ctx, organization.id))?.role ?? null;
  }
}
