import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '@manager/api-core';
import { updatePartnershipScope, setPartnershipEndDate } from './change.service';
import { cancelPartnerInvitation, grantPartnerAccess, resendPartnerInvitation } from './grant.service';
import {
  GrantPartnerAccessInput,
  PartnershipIdInput,
  PartnershipPayload,
  RequestClientAccessInput,
  RequestClientAccessPayload,
  ReviewPartnerRequestInput,
  SetPartnershipEndDateInput,
  TerminatePartnershipInput,
  UpdatePartnershipScopeInput,
} from './lifecycle.inputs';
import { acceptPartnerRequest, refusePartnerRequest, requestClientAccess } from './partner-request.service';
import { terminatePartnership } from './terminate.service';

/** The partnership lifecycle: thin mutations over the services, which hold the rules. */
@Resolver()
export class PartnershipLifecycleResolver {
  @Authorized()
  @Mutation(() => PartnershipPayload, { description: 'Client LR → PENDING, and the invitation emailed to the partner.' })
  async grantPartnerAccess(@Arg('input', () => GrantPartnerAccessInput) input: GrantPartnerAccessInput, @Ctx() ctx: RequestContext): Promise<PartnershipPayload> {
    return { partnership: await grantPartnerAccess(ctx, input) };
  }

  @Authorized()
  @Mutation(() => PartnershipPayload, { description: 'Client LR: a new link (the previous one dies); at most once a minute.' })
  async resendPartnerInvitation(@Arg('input', () => PartnershipIdInput) input: PartnershipIdInput, @Ctx() ctx: RequestContext): Promise<PartnershipPayload> {
    return { partnership: await resendPartnerInvitation(ctx, input.partnershipId) };
  }

  @Authorized()
  @Mutation(() => PartnershipPayload, { description: 'PENDING → CANCELLED: the client deletes its invitation, or the partner withdraws its request.' })
  async cancelPartnerInvitation(@Arg('input', () => PartnershipIdInput) input: PartnershipIdInput, @Ctx() ctx: RequestContext): Promise<PartnershipPayload> {
    return { partnership: await cancelPartnerInvitation(ctx, input.partnershipId) };
  }

  @Authorized()
  @Mutation(() => RequestClientAccessPayload, { description: 'Partner LR or administrator asks a client, by its LR’s email; never says whether it exists.' })
  async requestClientAccess(
    @Arg('input', () => RequestClientAccessInput) input: RequestClientAccessInput,
    @Ctx() ctx: RequestContext,
  ): Promise<RequestClientAccessPayload> {
    return requestClientAccess(ctx, input);
  }

  @Authorized()
  @Mutation(() => PartnershipPayload, { description: 'Client LR accepts a partner’s request, with the scope and billing it chooses → ACTIVE.' })
  async acceptPartnerRequest(@Arg('input', () => ReviewPartnerRequestInput) input: ReviewPartnerRequestInput, @Ctx() ctx: RequestContext): Promise<PartnershipPayload> {
    return { partnership: await acceptPartnerRequest(ctx, input) };
  }

  @Authorized()
  @Mutation(() => PartnershipPayload, { description: 'Client LR → REFUSED.' })
  async refusePartnerRequest(@Arg('input', () => PartnershipIdInput) input: PartnershipIdInput, @Ctx() ctx: RequestContext): Promise<PartnershipPayload> {
    return { partnership: await refusePartnerRequest(ctx, input.partnershipId) };
  }

  @Authorized()
  @Mutation(() => PartnershipPayload, { description: 'Client LR, ACTIVE only: products, or LIMITED ↔ COMPLETE; the partner is emailed.' })
  async updatePartnershipScope(@Arg('input', () => UpdatePartnershipScopeInput) input: UpdatePartnershipScopeInput, @Ctx() ctx: RequestContext): Promise<PartnershipPayload> {
    return { partnership: await updatePartnershipScope(ctx, input) };
  }

  @Authorized()
  @Mutation(() => PartnershipPayload, { description: 'Client LR: an end date in the future, or null to clear it.' })
  async setPartnershipEndDate(@Arg('input', () => SetPartnershipEndDateInput) input: SetPartnershipEndDateInput, @Ctx() ctx: RequestContext): Promise<PartnershipPayload> {
    return { partnership: await setPartnershipEndDate(ctx, input) };
  }

  @Authorized()
  @Mutation(() => PartnershipPayload, { description: 'Either side, confirmed with the acting user’s password → TERMINATED; both sides emailed.' })
  async terminatePartnership(@Arg('input', () => TerminatePartnershipInput) input: TerminatePartnershipInput, @Ctx() ctx: RequestContext): Promise<PartnershipPayload> {
    return { partnership: await terminatePartnership(ctx, input) };
  }
}
