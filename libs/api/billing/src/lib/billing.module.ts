import { defineContext } from '@manager/api-core';
import { Commission } from './commissions/commission.entity';
import { InvoiceLineDescriptionResolver, InvoiceVatNoteResolver, WalletEntryDescriptionResolver } from './descriptions/description.resolvers';
import { InvoiceCounter } from './invoices/invoice-counter.entity';
import { InvoiceLine } from './invoices/invoice-line.entity';
import { InvoiceLinesResolver } from './invoices/invoice-lines.resolver';
import { Invoice } from './invoices/invoice.entity';
import { CreateBilling1764170008000 } from './migrations/1764170008000-CreateBilling';
import { AddInvoiceLinePeriods1764170040000 } from './migrations/1764170040000-AddInvoiceLinePeriods';
import { AddLineDescriptionFacts1764170120000 } from './migrations/1764170120000-AddLineDescriptionFacts';
import { AddInvoiceLinePayerFacts1764170130000 } from './migrations/1764170130000-AddInvoiceLinePayerFacts';
import { Order } from './orders/order.entity';
import { PlaceOrderResolver } from './orders/place-order.resolver';
import { Payment } from './payments/payment.entity';
import { createBillingReadLoaders, type BillingReadLoaders } from './read/billing-read.loaders';
import { billingReadResolvers } from './read/billing-read.module';
import { TopUpWalletResolver } from './wallet/top-up.resolver';
import { WalletEntry } from './wallet/wallet-entry.entity';
import { Wallet } from './wallet/wallet.entity';

declare module '@manager/api-core' {
  interface Loaders {
    billing: BillingReadLoaders;
  }
}

/** Orders, wallets, payments, invoices and commissions. */
export const billingModule = defineContext({
  name: 'billing',
  resolvers: [PlaceOrderResolver, TopUpWalletResolver, InvoiceLinesResolver, WalletEntryDescriptionResolver, InvoiceLineDescriptionResolver, InvoiceVatNoteResolver, ...billingReadResolvers],
  entities: [Wallet, WalletEntry, Payment, Order, InvoiceCounter, Invoice, InvoiceLine, Commission],
  migrations: [CreateBilling1764170008000, AddInvoiceLinePeriods1764170040000, AddLineDescriptionFacts1764170120000, AddInvoiceLinePayerFacts1764170130000],
  loaders: createBillingReadLoaders,
});
