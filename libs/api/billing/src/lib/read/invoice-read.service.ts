import { readsBilling, type RequestContext } from '@manager/api-core';
import type { InvoicePdfData } from '../pdf/invoice-pdf';
import { INVOICE_COLUMNS, toInvoice } from './billing-rows';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * One invoice with its lines, as the PDF prints it, if the actor may read it: the payer's members
 * with BILLING_READ (the access policy's `readsBilling`, the rule the GraphQL lists apply in SQL).
 * Anyone else gets null, exactly as for an invoice that does not exist.
 */
export async function invoiceForDownload(ctx: RequestContext, invoiceId: string): Promise<InvoicePdfData | null> {
  if (!ctx.actor || !UUID.test(invoiceId)) return null;
  const [row] = await ctx.dataSource.query(`SELECT ${INVOICE_COLUMNS} FROM invoice WHERE id = $1`, [invoiceId]);
  if (!row) return null;
  const invoice = toInvoice(row);
  if (!(await readsBilling(ctx, invoice.organizationId, 'INVOICES'))) return null;
  const lines: { description: string; quantity: number; unit_price_minor: number; amount_minor: number }[] = await ctx.dataSource.query(
    `SELECT description, quantity, unit_price_minor, amount_minor FROM invoice_line WHERE invoice_id = $1 ORDER BY position`,
    [invoice.id],
  );
  return {
    number: invoice.number,
    issuedAt: invoice.issuedAt,
    currency: invoice.currency,
    customerName: invoice.customerName,
    customerAddress: invoice.customerAddress,
    customerCountry: invoice.customerCountry,
    customerVatNumber: invoice.customerVatNumber,
    vatRate: invoice.vatRateBp / 10_000,
    vatNote: invoice.vatNote,
    lines: lines.map((line) => ({ description: line.description, quantity: line.quantity, unitPriceMinor: line.unit_price_minor, amountMinor: line.amount_minor })),
    subtotalMinor: invoice.subtotalMinor,
    vatMinor: invoice.vatMinor,
    totalMinor: invoice.totalMinor,
  };
}
