import type { DataSource } from 'typeorm';

/**
 * (Shared by apps/api/test/exports.spec.ts and tools/bench/export.ts.)
 * `lines` invoice lines paid by `payerOrganizationId` for `clientIds` (round robin), one order
 * and one single-line invoice each, spread evenly over [from, from + days), written in a few
 * set-based statements. For the export benchmark and the disconnection test: what they need is
 * volume in the tables the export reads, so the ledger is not written, and triggers and foreign
 * keys are skipped for the session (`session_replication_role = replica`: superuser; the rows
 * are consistent by construction: totals add up, numbers are unique per year).
 */
export async function writeBulkInvoices(
  dataSource: DataSource,
  options: { payerOrganizationId: string; payerName: string; placedByUserId: string; clientIds: readonly string[]; lines: number; from: Date; days: number },
): Promise<void> {
  const { payerOrganizationId, payerName, placedByUserId, clientIds, lines, from, days } = options;
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.startTransaction();
    await runner.query(`SET LOCAL session_replication_role = replica`);
    // Sequences continue after any invoice of the same year; a year holds at most 999,999 (six digits).
    await runner.query(
      `CREATE TEMP TABLE bulk_invoice ON COMMIT DROP AS
       SELECT g, gen_random_uuid() AS order_id, gen_random_uuid() AS invoice_id,
              ($2::uuid[])[1 + (g % cardinality($2::uuid[]))] AS client_id,
              $3::timestamptz + ((g - 1)::float8 / $1 * $4) * interval '1 day' AS at,
              1000 + (g * 37) % 90000 AS net
       FROM generate_series(1, $1::int) g`,
      [lines, clientIds, from, days],
    );
    await runner.query(`ALTER TABLE bulk_invoice ADD COLUMN year int, ADD COLUMN sequence int`);
    await runner.query(`UPDATE bulk_invoice b SET year = extract(year FROM b.at AT TIME ZONE 'Europe/Zurich')::int`);
    await runner.query(
      `UPDATE bulk_invoice b SET sequence = s.n + coalesce((SELECT max(i.sequence) FROM invoice i WHERE i.year = s.year), 0)
       FROM (SELECT g, year, row_number() OVER (PARTITION BY year ORDER BY g) AS n FROM bulk_invoice) s WHERE s.g = b.g`,
    );
    await runner.query(
      `INSERT INTO customer_order (id, kind, client_organization_id, client_name, payer_organization_id, placed_by_user_id, placed_by_name,
         placed_by_partner_organization_id, placed_by_partner_name, product_name, category, renewal_date_after, pricing, currency,
         public_price_minor, net_minor, vat_minor, total_minor, idempotency_key, fingerprint, created_at)
       SELECT b.order_id, 'NEW_PRODUCT', b.client_id, 'Client ' || (b.g % 1000), $1, $3, 'Bench Person', $1, $2,
              'Web Hosting ' || (b.g % 50), 'WEB_HOSTING', (b.at + interval '1 year')::date, 'PARTNER_PAYS_PARTNER_ORDER', 'CHF',
              b.net, b.net, round(b.net * 0.081), b.net + round(b.net * 0.081), 'bulk-' || b.order_id, 'bulk', b.at
       FROM bulk_invoice b`,
      [payerOrganizationId, payerName, placedByUserId],
    );
    await runner.query(
      `INSERT INTO invoice (id, number, year, sequence, order_id, organization_id, client_organization_id, client_name, customer_name,
         customer_address, customer_country, customer_vat_number, vat_treatment, vat_rate_bp, vat_note, currency, subtotal_minor, vat_minor,
         total_minor, issued_at)
       SELECT b.invoice_id, b.year || '-' || lpad(b.sequence::text, 6, '0'), b.year, b.sequence, b.order_id, $1, b.client_id,
              'Client ' || (b.g % 1000), $2, 'Rue du Bench 1' || E'\\n' || '1003 Lausanne', 'CH', NULL, 'SWISS_VAT', 810, NULL, 'CHF',
              b.net, round(b.net * 0.081), b.net + round(b.net * 0.081), b.at
       FROM bulk_invoice b`,
      [payerOrganizationId, payerName],
    );
    await runner.query(
      `INSERT INTO invoice_line (invoice_id, payer_organization_id, issued_at, position, description, quantity, unit_price_minor, amount_minor, currency, product_name, category, period_start, period_end)
       SELECT b.invoice_id, $1, b.at, 1, 'Web Hosting ' || (b.g % 50) || ', new, for Client ' || (b.g % 1000), 1, b.net, b.net, 'CHF', 'Web Hosting ' || (b.g % 50), 'WEB_HOSTING',
              (b.at AT TIME ZONE 'UTC')::date, ((b.at AT TIME ZONE 'UTC') + interval '1 year')::date
       FROM bulk_invoice b`,
      // The invoice's payer facts by hand: the trigger that copies them is skipped (replica).
      [payerOrganizationId],
    );
    await runner.commitTransaction();
    await runner.query(`ANALYZE customer_order, invoice, invoice_line`);
  } catch (error) {
    if (runner.isTransactionActive) await runner.rollbackTransaction();
    throw error;
  } finally {
    await runner.release();
  }
}
