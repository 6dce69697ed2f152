import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '@manager/api-core';
import { User } from '@manager/api-identity';
import { Membership } from './membership.entity';
import { Organization } from './organization.entity';
import { getOrganization, membershipsOf } from './organization.service';

@Resolver(() => Membership)
export class MembershipResolver {
  @FieldResolver(() => Organization)
  organization(@Root() membership: Membership, @Ctx() ctx: RequestContext): Promise<Organization> {
    return getOrganization(ctx, membership.organizationId);
  }
}

@Resolver(() => User)
export class UserMembershipsResolver {
  @FieldResolver(() => [Membership])
  memberships(@Root() user: User, @Ctx() ctx: RequestContext): Promise<Membership[]> {
    return membershipsOf(ctx, user.id);
  }
}
