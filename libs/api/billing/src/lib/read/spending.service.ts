import { badUserInput, billingReaderCondition, policySubject, type RequestContext, sqlRead } from '@manager/api-core';
import type { Currency } from '@manager/domain';
import { SpendingMonth } from './spending.type';

interface MonthRow {
  month: string;
  currency: Currency;
  invoice_count: number;
  net: string;
  vat: string;
  total: string;
}

/**
 * The invoices an organization paid, added up per UTC calendar month (and currency), oldest
 * first, months without invoices left out: one GROUP BY under the policy's own condition, so the
 * figures are exactly those of `Organization.invoices` (the payer's billing readers; [] for
 * anyone else, a partner acting in the client organization included). `to` is exclusive.
 */
export async function spendingByMonth(ctx: RequestContext, organizationId: string, from: Date | null, to: Date | null): Promise<SpendingMonth[]> {
  if (from && to && from.getTime() >= to.getTime()) throw badUserInput('to', 'The end of the period must come after its start.');
  const subject = policySubject(ctx.actor);
  if (!subject) return [];
  const rows = await sqlRead(
    ctx.dataSource,
    {
      name: 'billing.spending-by-month',
      text: `SELECT to_char(i.issued_at AT TIME ZONE 'UTC', 'YYYY-MM') AS month, i.currency, count(*)::int AS invoice_count,
          sum(i.subtotal_minor)::bigint AS net, sum(i.vat_minor)::bigint AS vat, sum(i.total_minor)::bigint AS total
        FROM invoice i
        WHERE i.organization_id = $1 AND ${billingReaderCondition('i.organization_id', '$2', 'INVOICES')}
          AND ($3::timestamptz IS NULL OR i.issued_at >= $3::timestamptz) AND ($4::timestamptz IS NULL OR i.issued_at < $4::timestamptz)
        GROUP BY 1, 2 ORDER BY 1, 2`,
      values: [organizationId, subject, from, to],
    },
    (row: MonthRow) => row,
  );
  return rows.map((row) => {
    const money = (value: string) => ({ amountMinor: Number(value), currency: row.currency });
    return Object.assign(new SpendingMonth(), { month: row.month, invoiceCount: row.invoice_count, net: money(row.net), vat: money(row.vat), total: money(row.total) });
  });
}
