import { actsForPartnerCondition, billingExportCondition } from '@manager/api-core';
import { EXPORT_COLUMNS, type ExportFormat, type ExportType, type Language } from '@manager/domain';
import { describedLineSql } from '../descriptions/describe-line';
import { exportHeader } from './export-headers.catalog';
import { type ExportCells, exportCells, exportParam, headerAlias, inPeriod, selectedClient } from './export-cells';

/** One export's statement: every column of the domain's list, in order, named by its header. */
interface ExportQuery {
  /** The cell of each column key (`EXPORT_COLUMNS[type]`), given the format's cell writers and the reader's language (descriptions). */
  cells: (c: ExportCells, language: Language) => Record<string, string>;
  /** FROM … WHERE … ORDER BY …: the rows, each checked by the access policy's own condition. */
  body: string;
  /**
   * Planner settings for the export's transaction, when the plan must not depend on estimates:
   * the request's values reach the statement as InitPlans (see export-cells.ts), which the
   * planner cannot see, so it guesses a few hundred rows whatever the export's size.
   */
  planner?: Record<string, 'off'>;
}

const S = exportParam.subject;
const ORG = exportParam.organization;

/** The first day an order (or its invoice line) covers: the old renewal date, or a year before the first one. */
const PERIOD_START = (o: string) => `coalesce(${o}.renewal_date_before, (${o}.renewal_date_after - interval '1 year')::date)`;

/**
 * The invoices the organization PAID (an invoice belongs to its payer only: a partner sees the
 * invoices of the clients it pays for, never those a client paid), one row per line. A line's
 * VAT is its share of the invoice's VAT, rounded on running sums, so that the lines of an invoice
 * add up to its VAT and total exactly.
 */
const INVOICES: ExportQuery = {
  cells: (c, language) => {
    // A line alone on its invoice (every invoice today) carries the whole VAT; the lines of a
    // longer invoice take their share on running sums (the earlier lines' sum read only then).
    const before = `(SELECT coalesce(sum(p.amount_minor), 0) FROM invoice_line p WHERE p.invoice_id = l.invoice_id AND p.position < l.position)`;
    const share = (through: string) => `round(i.vat_minor::numeric * (${through}) / i.subtotal_minor)::int`;
    const lineVat = `CASE WHEN l.amount_minor = i.subtotal_minor THEN i.vat_minor ELSE ${share(`${before} + l.amount_minor`)} - ${share(before)} END`;
    return {
      invoice_id: c.id('i.id'),
      invoice_number: c.text('i.number'),
      invoice_date: c.instant('i.issued_at'),
      line: c.integer('l.position'),
      client_id: c.id('i.client_organization_id'),
      client: c.text('i.client_name'),
      product: c.text('l.product_name'),
      category: c.code('l.category'),
      period_start: c.day('l.period_start'),
      period_end: c.day('l.period_end'),
      description: c.text(describedLineSql('l', language)),
      quantity: c.integer('l.quantity'),
      net: c.amount('l.amount_minor'),
      vat_rate: c.rate('i.vat_rate_bp'),
      vat: c.amount(lineVat),
      total: c.amount(`l.amount_minor + ${lineVat}`),
      currency: c.code('i.currency'),
      vat_treatment: c.code('i.vat_treatment'),
      payer_id: c.id('i.organization_id'),
      payer: c.text('i.customer_name'),
      payer_country: c.code('i.customer_country'),
      payer_vat_number: c.text(`coalesce(i.customer_vat_number, '')`),
    };
  },
  // The lines carry their invoice's payer and issue instant (AddInvoiceLinePayerFacts), so both
  // tables are read by one index range each, in the file's order, and merged: no probe per line.
  body: `FROM invoice i
    JOIN invoice_line l ON l.invoice_id = i.id AND l.issued_at = i.issued_at AND l.payer_organization_id = i.organization_id
    WHERE i.organization_id = ${ORG} AND ${inPeriod('i.issued_at')} AND ${selectedClient('i.client_organization_id')}
      AND l.payer_organization_id = ${ORG} AND ${inPeriod('l.issued_at')}
      AND ${billingExportCondition('i.organization_id', S, 'INVOICES')}
    ORDER BY i.issued_at, i.id, l.position`,
  // The merge join of the two ordered ranges is right at every size (it reads what the file
  // holds, nothing more); the planner's guess of a few hundred rows would pick one index probe
  // per line (a nested loop), or a hash of the whole line table and a sort.
  planner: { enable_nestloop: 'off', enable_hashjoin: 'off' },
};

/**
 * The orders of the organization itself (its billing readers), and the orders its people placed
 * as a partner in clients it still manages (the rule of `Organization.orders`): what was
 * charged, and to whom.
 */
const ORDERS: ExportQuery = {
  cells: (c) => ({
    order_id: c.id('o.id'),
    order_date: c.instant('o.created_at'),
    kind: c.code('o.kind'),
    client_id: c.id('o.client_organization_id'),
    client: c.text('o.client_name'),
    product: c.text('o.product_name'),
    category: c.code('o.category'),
    period_start: c.day(PERIOD_START('o')),
    period_end: c.day('o.renewal_date_after'),
    placed_by: c.text('o.placed_by_name'),
    placed_by_partner_id: `coalesce(${c.id('o.placed_by_partner_organization_id')}, '')`,
    placed_by_partner: c.text(`coalesce(o.placed_by_partner_name, '')`),
    pricing: c.code('o.pricing'),
    public_price: c.amount('o.public_price_minor'),
    net: c.amount('o.net_minor'),
    vat: c.amount('o.vat_minor'),
    charged: c.amount('o.total_minor'),
    currency: c.code('o.currency'),
    charged_to_id: c.id('o.payer_organization_id'),
    charged_to: c.text(`coalesce(i.customer_name, '')`),
  }),
  body: `FROM customer_order o
    LEFT JOIN invoice i ON i.order_id = o.id
    WHERE ${inPeriod('o.created_at')} AND ${selectedClient('o.client_organization_id')}
      AND ((o.client_organization_id = ${ORG} AND ${billingExportCondition('o.client_organization_id', S, 'ORDERS')})
        OR (o.placed_by_partner_organization_id = ${ORG} AND ${billingExportCondition('o.placed_by_partner_organization_id', S, 'ORDERS')}
            AND ${actsForPartnerCondition('o.client_organization_id', 'o.placed_by_partner_organization_id', S, 'ORDERS')}))
    ORDER BY o.created_at, o.id`,
};

/** The partner's commissions (its revenue ledger), with the order and client they came from. */
const COMMISSIONS: ExportQuery = {
  cells: (c) => ({
    commission_id: c.id('m.id'),
    date: c.instant('m.created_at'),
    kind: c.code('m.kind'),
    rate: c.rate('m.rate_bp'),
    base: c.amount('m.base_minor'),
    commission: c.amount('m.amount_minor'),
    currency: c.code('m.currency'),
    order_id: c.id('m.order_id'),
    product: c.text('o.product_name'),
    client_id: c.id('m.client_organization_id'),
    client: c.text('m.client_name'),
  }),
  body: `FROM commission m
    JOIN customer_order o ON o.id = m.order_id
    WHERE m.partner_organization_id = ${ORG} AND ${inPeriod('m.created_at')} AND ${selectedClient('m.client_organization_id')}
      AND ${billingExportCondition('m.partner_organization_id', S, 'COMMISSIONS')}
    ORDER BY m.created_at, m.id`,
};

/** The wallet's ledger in its own order; with selected clients, the movements of their orders only (no top-ups). */
const WALLET_MOVEMENTS: ExportQuery = {
  cells: (c, language) => ({
    movement_id: c.id('w.id'),
    date: c.instant('w.created_at'),
    kind: c.code('w.kind'),
    description: c.text(describedLineSql('w', language)),
    amount: c.amount('w.amount_minor'),
    balance_after: c.amount('w.balance_after_minor'),
    currency: c.code('w.currency'),
    order_id: `coalesce(${c.id('w.order_id')}, '')`,
    client_id: `coalesce(${c.id('o.client_organization_id')}, '')`,
    client: c.text(`coalesce(o.client_name, '')`),
  }),
  body: `FROM wallet_entry w
    LEFT JOIN customer_order o ON o.id = w.order_id
    WHERE w.organization_id = ${ORG} AND ${inPeriod('w.created_at')} AND ${selectedClient('o.client_organization_id')}
      AND ${billingExportCondition('w.organization_id', S, 'WALLET')}
    ORDER BY w.position`,
};

const QUERIES: Record<ExportType, ExportQuery> = { INVOICES, ORDERS, COMMISSIONS, WALLET_MOVEMENTS };

/**
 * The SELECT of one export, its columns exactly the domain's list (`EXPORT_COLUMNS`), each
 * aliased by its header in `language` so that COPY's HEADER writes the documented first row.
 */
export function exportSelect(type: ExportType, format: ExportFormat, language: Language = 'en'): string {
  const query = QUERIES[type];
  const cells = query.cells(exportCells(format), language);
  const select = EXPORT_COLUMNS[type].columns.map((column) => {
    const cell = cells[column.key];
    if (cell === undefined) throw new Error(`export ${type}: no cell for column ${column.key}`);
    return `${cell} AS ${headerAlias(exportHeader(language, column))}`;
  });
  const extra = Object.keys(cells).filter((key) => !EXPORT_COLUMNS[type].columns.some((column) => column.key === key));
  if (extra.length) throw new Error(`export ${type}: cells for no column: ${extra.join(', ')}`);
  return `SELECT ${select.join(',\n  ')}\n  ${query.body}`;
}

/** The planner settings of one export's transaction (`set_config(name, value, true)` each, before the COPY). */
export function exportPlanner(type: ExportType): Record<string, string> {
  return { ...QUERIES[type].planner };
}

/** The COPY statement of one export (RFC 4180 quoting by PostgreSQL; `;` for Excel). */
export function exportCopy(type: ExportType, format: ExportFormat, language: Language = 'en'): string {
  const delimiter = format === 'CSV_EXCEL' ? ';' : ',';
  return `COPY (${exportSelect(type, format, language)}) TO STDOUT WITH (FORMAT csv, HEADER true, DELIMITER '${delimiter}')`;
}
