import type { EntityManager } from 'typeorm';
import type { Currency, ProductCategory, VatDecision } from '@manager/domain';
import type { LineFacts } from '../descriptions/line-facts';
import { lineDescription } from '../wallet/wallet-ledger';
import { InvoiceLine } from './invoice-line.entity';
import { Invoice } from './invoice.entity';
import { formatInvoiceNumber, nextInvoiceSequence } from './invoice-number';

/** The payer as printed on the invoice, taken when it is issued. */
export interface InvoiceCustomer {
  organizationId: string;
  name: string;
  address: string;
  country: string;
  vatNumber: string | null;
}

export interface InvoiceDraft {
  orderId: string;
  clientOrganizationId: string;
  clientName: string;
  customer: InvoiceCustomer;
  vat: VatDecision;
  currency: Currency;
  /** Each line with the period it covers, `[periodStart, periodEnd)` as YYYY-MM-DD. */
  lines: { facts: LineFacts; quantity: number; unitPriceMinor: number; productName: string; category: ProductCategory; periodStart: string; periodEnd: string }[];
  /** VAT on the subtotal, computed by the caller with the domain's rule (rounded once). */
  vatMinor: number;
}

/**
 * Issues the invoice of one order in the caller's transaction: number from the year's counter
 * (Europe/Zurich calendar year: the seller is Swiss), the customer snapshot, VAT, the lines.
 * The database checks total = subtotal + VAT and, at commit, that the lines add up.
 */
export async function issueInvoice(tx: EntityManager, draft: InvoiceDraft): Promise<{ invoice: Invoice; lines: InvoiceLine[] }> {
  const [clock]: { issued_at: Date; year: number }[] = await tx.query(
    `SELECT now() AS issued_at, extract(year FROM now() AT TIME ZONE 'Europe/Zurich')::int AS year`,
  );
  const lines = draft.lines.map((line, index) => ({ ...line, position: index + 1, amountMinor: line.quantity * line.unitPriceMinor }));
  const subtotalMinor = lines.reduce((sum, line) => sum + line.amountMinor, 0);
  const sequence = await nextInvoiceSequence(tx, clock.year);
  const invoice = await tx.save(
    tx.create(Invoice, {
      number: formatInvoiceNumber(clock.year, sequence),
      year: clock.year,
      sequence,
      orderId: draft.orderId,
      organizationId: draft.customer.organizationId,
      clientOrganizationId: draft.clientOrganizationId,
      clientName: draft.clientName,
      customerName: draft.customer.name,
      customerAddress: draft.customer.address,
      customerCountry: draft.customer.country,
      customerVatNumber: draft.customer.vatNumber,
      vatTreatment: draft.vat.treatment,
      vatRateBp: draft.vat.rateBp,
      vatNote: draft.vat.note,
      currency: draft.currency,
      subtotalMinor,
      vatMinor: draft.vatMinor,
      totalMinor: subtotalMinor + draft.vatMinor,
      issuedAt: clock.issued_at,
    }),
  );
  const saved = await tx.save(
    lines.map((line) =>
      tx.create(InvoiceLine, {
        invoiceId: invoice.id,
        position: line.position,
        ...lineDescription(line.facts),
        quantity: line.quantity,
        unitPriceMinor: line.unitPriceMinor,
        amountMinor: line.amountMinor,
        currency: draft.currency,
        productName: line.productName,
        category: line.category,
        periodStart: line.periodStart,
        periodEnd: line.periodEnd,
      }),
    ),
  );
  return { invoice, lines: saved };
}
