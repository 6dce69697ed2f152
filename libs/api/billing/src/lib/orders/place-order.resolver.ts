import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '@manager/api-core';
import { PlaceOrderInput, PlaceOrderPayload } from './place-order.input';
import { placeOrder } from './place-order.service';

@Resolver()
export class PlaceOrderResolver {
  @Authorized()
  @Mutation(() => PlaceOrderPayload, {
    description: 'Client LR/ADMIN; COMPLETE partners (new + renewals); LIMITED partners (renewals in scope). Paid from the payer’s wallet at once; retry-safe with the idempotency key.',
  })
  async placeOrder(@Arg('input', () => PlaceOrderInput) input: PlaceOrderInput, @Ctx() ctx: RequestContext): Promise<PlaceOrderPayload> {
    return placeOrder(ctx, input);
  }
}
