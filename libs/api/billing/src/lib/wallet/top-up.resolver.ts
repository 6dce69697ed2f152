import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '@manager/api-core';
import { TopUpWalletInput, TopUpWalletPayload } from './top-up.input';
import { topUpWallet } from './top-up.service';

@Resolver()
export class TopUpWalletResolver {
  @Authorized()
  @Mutation(() => TopUpWalletPayload, { description: "The organization's own legal responsible or administrators: 1.00 .. 100,000.00 through the payment provider." })
  async topUpWallet(@Arg('input', () => TopUpWalletInput) input: TopUpWalletInput, @Ctx() ctx: RequestContext): Promise<TopUpWalletPayload> {
    return { wallet: await topUpWallet(ctx, input) };
  }
}
