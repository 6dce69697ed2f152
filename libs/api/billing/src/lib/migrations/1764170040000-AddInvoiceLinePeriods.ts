import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Invoice lines say what they are for (product name and category, as ordered) and the period they cover (issue 12: the invoices export's "Period start" /
 * "Period end", `[start, end)` like every period of the exports): a new product from the day it
 * was ordered to its first renewal date, a renewal from the old renewal date to the new one.
 * Lines already issued take them from their order, which holds the same facts. On the line, the
 * invoices export reads two tables, not three (a million lines: a million index probes fewer).
 */
export class AddInvoiceLinePeriods1764170040000 implements MigrationInterface {
  name = 'AddInvoiceLinePeriods1764170040000';
  static readonly runsAfter = 'CreateApiTokens1764170030000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE invoice_line ADD COLUMN product_name text, ADD COLUMN category text, ADD COLUMN period_start date, ADD COLUMN period_end date`);
    await q.query(`UPDATE invoice_line l
      SET product_name = o.product_name, category = o.category,
          period_start = coalesce(o.renewal_date_before, (o.renewal_date_after - interval '1 year')::date),
          period_end = o.renewal_date_after
      FROM invoice i JOIN customer_order o ON o.id = i.order_id
      WHERE i.id = l.invoice_id`);
    await q.query(`ALTER TABLE invoice_line ALTER COLUMN product_name SET NOT NULL, ALTER COLUMN category SET NOT NULL,
      ALTER COLUMN period_start SET NOT NULL, ALTER COLUMN period_end SET NOT NULL,
      ADD CONSTRAINT invoice_line_period CHECK (period_end > period_start)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE invoice_line DROP COLUMN product_name, DROP COLUMN category, DROP COLUMN period_start, DROP COLUMN period_end`);
  }
}
