import { entityRows, readsBilling, type RequestContext, sqlRead } from '@manager/api-core';
import { Invoice } from '../invoices/invoice.entity';
import type { InvoicePdfData } from '../pdf/invoice-pdf';
import { readableDescription } from '../descriptions/describe-line';
import type { LineFacts } from '../descriptions/line-facts';

interface LineRow {
  description: string;
  description_facts: LineFacts | null;
  quantity: number;
  unit_price_minor: number;
  amount_minor: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * One invoice with its lines, as the PDF prints it, if the actor may read it: the payer's members
 * with BILLING_READ (the access policy's `readsBilling`, the rule the GraphQL lists apply in SQL).
 * Anyone else gets null, exactly as for an invoice that does not exist.
 */
export async function invoiceForDownload(ctx: RequestContext, invoiceId: string): Promise<InvoicePdfData | null> {
  if (!ctx.actor || !UUID.test(invoiceId)) return null;
  const invoices = entityRows(ctx.dataSource, Invoice, 'i');
  const [invoice] = await sqlRead(
    ctx.dataSource,
    { name: 'billing.invoice-for-download', text: `SELECT ${invoices.columns} FROM invoice i WHERE i.id = $1`, values: [invoiceId] },
    invoices.map,
  );
  if (!invoice) return null;
  if (!(await readsBilling(ctx, invoice.organizationId, 'INVOICES'))) return null;
  const lines = await sqlRead(
    ctx.dataSource,
    {
      name: 'billing.invoice-lines-for-download',
      text: `SELECT l.description, l.description_facts, l.quantity, l.unit_price_minor, l.amount_minor FROM invoice_line l WHERE l.invoice_id = $1 ORDER BY l.position`,
      values: [invoice.id],
    },
    (line: LineRow) => line,
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
    vatTreatment: invoice.vatTreatment,
    vatNote: invoice.vatNote,
    // Each line's sentence in the reader's language, as GraphQL and the CSV export write it.
    lines: lines.map((line) => ({
      description: readableDescription(ctx.language, { description: line.description, descriptionFacts: line.description_facts }, invoice.customerCountry),
      quantity: line.quantity, unitPriceMinor: line.unit_price_minor, amountMinor: line.amount_minor })),
    subtotalMinor: invoice.subtotalMinor,
    vatMinor: invoice.vatMinor,
    totalMinor: invoice.totalMinor,
  };
}
