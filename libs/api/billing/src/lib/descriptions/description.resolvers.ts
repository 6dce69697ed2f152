import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '@manager/api-core';
import { InvoiceLine } from '../invoices/invoice-line.entity';
import { WalletEntry } from '../wallet/wallet-entry.entity';
import { readableDescription } from './describe-line';

/** A wallet movement's sentence, in the reader's language (the same as in the CSV export). */
@Resolver(() => WalletEntry)
export class WalletEntryDescriptionResolver {
  @FieldResolver(() => String, { description: 'What the movement is for, in the reader’s language.' })
  description(@Root() entry: WalletEntry, @Ctx() ctx: RequestContext): string {
    return readableDescription(ctx.language, entry);
  }
}

/** An invoice line's sentence, in the reader's language (the same as on the PDF and in the CSV export). */
@Resolver(() => InvoiceLine)
export class InvoiceLineDescriptionResolver {
  @FieldResolver(() => String, { description: 'What the line is for, in the reader’s language.' })
  description(@Root() line: InvoiceLine, @Ctx() ctx: RequestContext): string {
    return readableDescription(ctx.language, line);
  }
}
