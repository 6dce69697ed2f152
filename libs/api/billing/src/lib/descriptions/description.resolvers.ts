import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '@manager/api-core';
import { InvoiceLine } from '../invoices/invoice-line.entity';
import { Invoice } from '../invoices/invoice.entity';
import { vatMention } from '../pdf/invoice-pdf';
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

/** An invoice's VAT mention, in the reader's language (the same as on the PDF). */
@Resolver(() => Invoice)
export class InvoiceVatNoteResolver {
  @FieldResolver(() => String, { nullable: true, description: 'The legal mention, e.g. the reverse-charge one, in the reader’s language.' })
  vatNote(@Root() invoice: Invoice, @Ctx() ctx: RequestContext): string | null {
    return vatMention({ vatTreatment: invoice.vatTreatment, vatRate: invoice.vatRateBp / 10_000, customerCountry: invoice.customerCountry, vatNote: invoice.vatNote }, ctx.language);
  }
}
