import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import { notFound, type RequestContext } from '@manager/api-core';
import { Membership } from '../membership.entity';
import { Organization } from '../organization.entity';
import { memberLoaders } from './member.loaders';
import { MembershipConnection } from './membership-connection';
import {
  ChangeMemberRoleInput,
  MembershipPayload,
  RemoveMemberInput,
  RemoveMemberPayload,
  SetExternalProductsInput,
  TransferLegalResponsibilityInput,
  TransferLegalResponsibilityPayload,
} from './members.inputs';
import { listMembers } from './member-list';
import * as members from './members.service';
import { Person } from './person.type';

@Resolver(() => Organization)
export class OrganizationMembersResolver {
  /** Legal responsible, administrators and users; external members are refused (FORBIDDEN). */
  @FieldResolver(() => MembershipConnection, { description: 'Ordered by role (legal responsible first), then name.' })
  members(
    @Root() organization: Organization,
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<MembershipConnection> {
    return listMembers(ctx, organization.id, first, after ?? null);
  }
}

@Resolver(() => MembershipConnection)
export class MembershipConnectionResolver {
  @FieldResolver(() => Int)
  totalCount(@Root() connection: MembershipConnection, @Ctx() ctx: RequestContext): Promise<number> {
    return memberLoaders(ctx).memberCountByOrganization.load(connection.organizationId);
  }
}

/**
 * A Membership is only ever reached through a path the policy checked (the members list, the
 * actor's own memberships, a mutation's payload), so its fields only fetch.
 */
@Resolver(() => Membership)
export class MembershipPersonResolver {
  @FieldResolver(() => Person)
  async person(@Root() membership: Membership, @Ctx() ctx: RequestContext): Promise<Person> {
    const person = await memberLoaders(ctx).personByUserId.load(membership.userId);
    if (!person) throw notFound('Person');
    return person;
  }

  @FieldResolver(() => [ID], { description: 'The products an EXTERNAL member is granted; empty for the other roles.' })
  grantedProductIds(@Root() membership: Membership, @Ctx() ctx: RequestContext): Promise<string[]> | string[] {
    if (membership.role !== 'EXTERNAL') return [];
    return memberLoaders(ctx).grantedProductIdsByMembership.load(membership.id);
  }
}

@Resolver()
export class MembersMutationResolver {
  @Authorized()
  @Mutation(() => MembershipPayload, { description: 'Not to or from LEGAL_RESPONSIBLE: see transferLegalResponsibility.' })
  async changeMemberRole(
    @Arg('input', () => ChangeMemberRoleInput) input: ChangeMemberRoleInput,
    @Ctx() ctx: RequestContext,
  ): Promise<MembershipPayload> {
    return { membership: await members.changeMemberRole(ctx, input.membershipId, input.role) };
  }

  @Authorized()
  @Mutation(() => RemoveMemberPayload, { description: 'Also how a member leaves (their own membership), except the legal responsible.' })
  async removeMember(@Arg('input', () => RemoveMemberInput) input: RemoveMemberInput, @Ctx() ctx: RequestContext): Promise<RemoveMemberPayload> {
    return { removedMembershipId: await members.removeMember(ctx, input.membershipId) };
  }

  @Authorized()
  @Mutation(() => TransferLegalResponsibilityPayload)
  async transferLegalResponsibility(
    @Arg('input', () => TransferLegalResponsibilityInput) input: TransferLegalResponsibilityInput,
    @Ctx() ctx: RequestContext,
  ): Promise<TransferLegalResponsibilityPayload> {
    return members.transferLegalResponsibility(ctx, input.membershipId);
  }

  @Authorized()
  @Mutation(() => MembershipPayload)
  async setExternalProducts(
    @Arg('input', () => SetExternalProductsInput) input: SetExternalProductsInput,
    @Ctx() ctx: RequestContext,
  ): Promise<MembershipPayload> {
    return { membership: await members.setExternalProducts(ctx, input.membershipId, input.productIds) };
  }
}
