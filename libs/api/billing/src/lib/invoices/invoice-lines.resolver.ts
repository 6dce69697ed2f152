import DataLoader from 'dataloader';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '@manager/api-core';
import { InvoiceLine } from './invoice-line.entity';
import { Invoice } from './invoice.entity';

/**
 * The lines of invoices, one query per request level whatever the number of invoices. Kept per
 * request beside its loaders (a WeakMap on the request's loader object, which lives exactly as
 * long as the request), so it never caches across requests or actors. Whoever could read the
 * invoice may read its lines: the invoice itself is only ever handed out by the policy.
 */
const perRequest = new WeakMap<object, DataLoader<string, InvoiceLine[]>>();

function invoiceLinesLoader(ctx: RequestContext): DataLoader<string, InvoiceLine[]> {
  let loader = perRequest.get(ctx.loaders);
  if (!loader) {
    loader = new DataLoader(async (ids: readonly string[]) => {
      const rows = await ctx.dataSource
        .getRepository(InvoiceLine)
        .createQueryBuilder('l')
        .where('l.invoice_id = ANY(:ids)', { ids: [...ids] })
        .orderBy('l.invoice_id')
        .addOrderBy('l.position')
        .getMany();
      return ids.map((id) => rows.filter((row) => row.invoiceId === id));
    });
    perRequest.set(ctx.loaders, loader);
  }
  return loader;
}

@Resolver(() => Invoice)
export class InvoiceLinesResolver {
  @FieldResolver(() => [InvoiceLine], { description: 'In order; they add up to the subtotal.' })
  lines(@Root() invoice: Invoice, @Ctx() ctx: RequestContext): Promise<InvoiceLine[]> {
    return invoiceLinesLoader(ctx).load(invoice.id);
  }
}
