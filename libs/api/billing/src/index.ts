export { Wallet } from './lib/wallet/wallet.entity';
export { WalletEntry } from './lib/wallet/wallet-entry.entity';
export { Payment } from './lib/payments/payment.entity';
export { Order } from './lib/orders/order.entity';
export { Invoice } from './lib/invoices/invoice.entity';
export { InvoiceLine } from './lib/invoices/invoice-line.entity';
export { Commission } from './lib/commissions/commission.entity';
export { setPaymentProvider, LocalFakePaymentProvider, type PaymentProvider, type ChargeRequest, type ChargeResult } from './lib/payments/payment-provider';

export { invoicePdfRouter } from './lib/pdf/invoice-pdf.router';
export { exportRouter, EXPORT_CONCURRENCY } from './lib/exports/export.router';
export { exportCopy, exportPlanner, exportSelect } from './lib/exports/export-queries';
export { renderInvoicePdf, formatMoney, type InvoicePdfData } from './lib/pdf/invoice-pdf';
export { INVOICE_SELLER } from './lib/pdf/invoice-seller';

export { billingModule } from './lib/billing.module';
/** The billing context's error messages in every language (registered for the answer's translation and the catalog test). */
export { BILLING_ERRORS } from './lib/i18n/billing-errors.catalog';
/** Wallet movements and invoice lines in the reader's language (and the backfill of rows from before their facts). */
export { describeLine, describeLineInEveryLanguage, readableDescription } from './lib/descriptions/describe-line';
export { lineDescription } from './lib/wallet/wallet-ledger';
export { legacyLineFacts, type LineFacts } from './lib/descriptions/line-facts';
export { backfillLineDescriptions, rewriteLineTexts } from './lib/migrations/1764170120000-AddLineDescriptionFacts';
