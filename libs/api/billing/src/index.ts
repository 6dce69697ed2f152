import { billingReadResolvers } from './lib/read/billing-read.module';
import { CreateBilling1764170008000 } from './lib/migrations/1764170008000-CreateBilling';
import { Commission } from './lib/commissions/commission.entity';
import { InvoiceLinesResolver } from './lib/invoices/invoice-lines.resolver';
import { PlaceOrderResolver } from './lib/orders/place-order.resolver';
import { TopUpWalletResolver } from './lib/wallet/top-up.resolver';
import { InvoiceCounter } from './lib/invoices/invoice-counter.entity';
import { InvoiceLine } from './lib/invoices/invoice-line.entity';
import { Invoice } from './lib/invoices/invoice.entity';
import { Order } from './lib/orders/order.entity';
import { Payment } from './lib/payments/payment.entity';
import { WalletEntry } from './lib/wallet/wallet-entry.entity';
import { Wallet } from './lib/wallet/wallet.entity';

export { Wallet } from './lib/wallet/wallet.entity';
export { WalletEntry } from './lib/wallet/wallet-entry.entity';
export { Payment } from './lib/payments/payment.entity';
export { Order } from './lib/orders/order.entity';
export { Invoice } from './lib/invoices/invoice.entity';
export { InvoiceLine } from './lib/invoices/invoice-line.entity';
export { Commission } from './lib/commissions/commission.entity';
export { setPaymentProvider, LocalFakePaymentProvider, type PaymentProvider, type ChargeRequest, type ChargeResult } from './lib/payments/payment-provider';

export { createBillingReadLoaders } from './lib/read/billing-read.loaders';
export { invoicePdfRouter } from './lib/pdf/invoice-pdf.router';
export { renderInvoicePdf, formatMoney, type InvoicePdfData } from './lib/pdf/invoice-pdf';
export { INVOICE_SELLER } from './lib/pdf/invoice-seller';

export const billingEntities = [Wallet, WalletEntry, Payment, Order, InvoiceCounter, Invoice, InvoiceLine, Commission];
export const billingMigrations = [CreateBilling1764170008000];
export const billingResolvers = [PlaceOrderResolver, TopUpWalletResolver, InvoiceLinesResolver, ...billingReadResolvers] as const;
