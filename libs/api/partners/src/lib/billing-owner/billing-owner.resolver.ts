import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '@manager/api-core';
import { BillingOwner } from '@manager/domain';
import { PartnershipPayload } from '../lifecycle/lifecycle.inputs';
import { Partnership } from '../partnership.entity';
import { billingOwnerChangePreview, changeBillingOwner, terminationImpact } from './billing-owner.service';
import { BillingOwnerChangePreview, ChangeBillingOwnerInput, TerminationImpact } from './billing-owner.types';

/** Who pays under a partnership: the switch, its preview, and what ending the partnership changes. */
@Resolver(() => Partnership)
export class PartnershipBillingOwnerResolver {
  @Authorized()
  @Mutation(() => PartnershipPayload, {
    description: 'Client LR; ACTIVE COMPLETE only; applies to orders from now on (past invoices stay where issued); the partner is emailed.',
  })
  async changeBillingOwner(@Arg('input', () => ChangeBillingOwnerInput) input: ChangeBillingOwnerInput, @Ctx() ctx: RequestContext): Promise<PartnershipPayload> {
    return { partnership: await changeBillingOwner(ctx, input) };
  }

  @FieldResolver(() => BillingOwnerChangePreview, { description: 'Client LR: plain sentences of what the change would do, before confirming it.' })
  billingOwnerChangePreview(
    @Root() partnership: Partnership,
    @Arg('billingOwner', () => BillingOwner) billingOwner: BillingOwner,
    @Ctx() ctx: RequestContext,
  ): Promise<BillingOwnerChangePreview> {
    return billingOwnerChangePreview(ctx, partnership, billingOwner);
  }

  @FieldResolver(() => TerminationImpact, { description: 'Both sides, before confirming termination: the renewals that fall to the client.' })
  terminationImpact(@Root() partnership: Partnership, @Ctx() ctx: RequestContext): Promise<TerminationImpact> {
    return terminationImpact(ctx, partnership);
  }
}
