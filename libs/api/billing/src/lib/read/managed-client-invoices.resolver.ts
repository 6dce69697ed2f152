import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { badUserInput, type RequestContext } from '@manager/api-core';
import { ManagedClient } from '@manager/api-partners';
import { Invoice } from '../invoices/invoice.entity';
import { billingReadLoaders } from './billing-read.loaders';

/** At most this many invoices per managed client in one page of clients. */
export const MAX_MANAGED_CLIENT_INVOICES = 50;

@Resolver(() => ManagedClient)
export class ManagedClientInvoicesResolver {
  /**
   * The latest invoices the partner paid for this client while it pays (billing owner PARTNER);
   * [] when the client pays, and for the partner's people without BILLING_READ. One statement
   * for the whole page of clients (LATERAL join), whatever its size.
   */
  @FieldResolver(() => [Invoice], { description: 'Latest invoices the PARTNER paid for this client (billing PARTNER), newest first; [] when the client pays or without BILLING_READ.' })
  invoices(
    @Root() client: ManagedClient,
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { defaultValue: 10 }) first: number,
  ): Promise<Invoice[]> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_MANAGED_CLIENT_INVOICES) {
      throw badUserInput('first', `Ask for between 1 and ${MAX_MANAGED_CLIENT_INVOICES} invoices.`);
    }
    return billingReadLoaders(ctx).managedClientInvoices.load({ partnershipId: client.partnershipId, first });
  }
}
