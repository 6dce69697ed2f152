import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '@manager/api-core';
import { Organization } from '../organization.entity';
import {
  AcceptMemberInvitationInput,
  AcceptMemberInvitationPayload,
  CancelMemberInvitationInput,
  DeclineMemberInvitationInput,
  InviteMemberInput,
  InviteMemberPayload,
  MemberInvitationPayload,
  MemberInvitationPreview,
  ResendMemberInvitationInput,
} from './invitation.inputs';
import * as invitations from './invitations.service';
import { MemberInvitation } from './member-invitation.entity';

@Resolver(() => Organization)
export class OrganizationInvitationsResolver {
  @FieldResolver(() => [MemberInvitation], { description: 'For the legal responsible and administrators; empty for the other roles.' })
  pendingInvitations(@Root() organization: Organization, @Ctx() ctx: RequestContext): Promise<MemberInvitation[]> {
    return invitations.pendingInvitations(ctx, organization.id);
  }
}

@Resolver()
export class InvitationsResolver {
  @Query(() => MemberInvitationPreview, {
    nullable: true,
    description: 'Public: what an invitation link offers; null when the token is unknown, used, cancelled or expired.',
  })
  invitationPreview(@Arg('token', () => String) token: string, @Ctx() ctx: RequestContext): Promise<MemberInvitationPreview | null> {
    return invitations.invitationPreview(ctx, token);
  }

  @Authorized()
  @Mutation(() => InviteMemberPayload)
  async inviteMember(@Arg('input', () => InviteMemberInput) input: InviteMemberInput, @Ctx() ctx: RequestContext): Promise<InviteMemberPayload> {
    return { invitation: await invitations.inviteMember(ctx, input) };
  }

  @Authorized()
  @Mutation(() => MemberInvitationPayload)
  async cancelMemberInvitation(
    @Arg('input', () => CancelMemberInvitationInput) input: CancelMemberInvitationInput,
    @Ctx() ctx: RequestContext,
  ): Promise<MemberInvitationPayload> {
    return { invitation: await invitations.cancelMemberInvitation(ctx, input.invitationId) };
  }

  @Authorized()
  @Mutation(() => MemberInvitationPayload, { description: 'A new link (the previous one stops working); at most once a minute.' })
  async resendMemberInvitation(
    @Arg('input', () => ResendMemberInvitationInput) input: ResendMemberInvitationInput,
    @Ctx() ctx: RequestContext,
  ): Promise<MemberInvitationPayload> {
    return { invitation: await invitations.resendMemberInvitation(ctx, input.invitationId) };
  }

  /** Public, like accepting: the link is the proof. */
  @Mutation(() => MemberInvitationPayload, { description: 'The invited person declines: the link stops working and the organization sees it in its activity.' })
  async declineMemberInvitation(
    @Arg('input', () => DeclineMemberInvitationInput) input: DeclineMemberInvitationInput,
    @Ctx() ctx: RequestContext,
  ): Promise<MemberInvitationPayload> {
    return { invitation: await invitations.declineMemberInvitation(ctx, input.token) };
  }

  /** Public: an unknown email creates its account here (and is signed in). */
  @Mutation(() => AcceptMemberInvitationPayload, {
    description: 'Signed in as the invited email, or not signed in with displayName and password to create the account.',
  })
  acceptMemberInvitation(
    @Arg('input', () => AcceptMemberInvitationInput) input: AcceptMemberInvitationInput,
    @Ctx() ctx: RequestContext,
  ): Promise<AcceptMemberInvitationPayload> {
    return invitations.acceptMemberInvitation(ctx, input);
  }
}
