import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '@manager/api-core';
import { PartnershipPayload } from '../lifecycle/lifecycle.inputs';
import { PartnershipInvitationPreview, RespondToPartnershipInvitationInput } from './invitation.inputs';
import * as invitations from './invitation-response.service';

@Resolver()
export class PartnershipInvitationResolver {
  /**
   * Public, like a member invitation's preview: the link is the proof, and it shows nothing the
   * email that carried it did not already say. Signed out, the page shows this before asking to log in.
   */
  @Query(() => PartnershipInvitationPreview, {
    nullable: true,
    description: 'Public: what a partnership invitation link offers; null when the token is unknown, answered, replaced or expired.',
  })
  partnershipInvitation(@Arg('token', () => String) token: string, @Ctx() ctx: RequestContext): Promise<PartnershipInvitationPreview | null> {
    return invitations.partnershipInvitationPreview(ctx, token);
  }

  @Authorized()
  @Mutation(() => PartnershipPayload, { description: 'Partner LR or administrator → ACTIVE (folds EXTERNAL memberships of its people).' })
  async acceptPartnershipInvitation(
    @Arg('input', () => RespondToPartnershipInvitationInput) input: RespondToPartnershipInvitationInput,
    @Ctx() ctx: RequestContext,
  ): Promise<PartnershipPayload> {
    return { partnership: await invitations.acceptPartnershipInvitation(ctx, input) };
  }

  @Authorized()
  @Mutation(() => PartnershipPayload, { description: 'Partner LR or administrator → REFUSED.' })
  async refusePartnershipInvitation(
    @Arg('input', () => RespondToPartnershipInvitationInput) input: RespondToPartnershipInvitationInput,
    @Ctx() ctx: RequestContext,
  ): Promise<PartnershipPayload> {
    return { partnership: await invitations.refusePartnershipInvitation(ctx, input) };
  }
}
