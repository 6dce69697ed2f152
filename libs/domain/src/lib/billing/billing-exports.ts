/**
 * Billing exports (issue 12): the CSV files a partner downloads for the clients it manages and a
 * client for its own history. Shared by the API (which writes the files with PostgreSQL's COPY)
 * and the SPA (the export dialog), and documented in the README.
 *
 * Each type is a FIXED column list with a version: a column is never renamed, moved or removed
 * within a version; a change of the list is a new version (and a line in the README), so that a
 * partner's accounting script that reads version 1 keeps working until it chooses to move.
 *
 * Cells: amounts are decimals in major units (`12.50`, `-3.20`) beside a currency column; dates
 * are ISO 8601, instants in UTC (`2026-03-01T09:30:00.000Z`), days as `YYYY-MM-DD`; codes
 * (category, kind, pricing) are the API's enum values. Text cells starting with `=`, `+`, `-`,
 * `@`, a tab or a carriage return are prefixed with `'` (OWASP CSV injection); amounts never are.
 * The period of an export is `[from, to)`: `to` is exclusive, as in Stripe's reports.
 */

import type { Language } from '../i18n/languages';

export const ExportType = {
  INVOICES: 'INVOICES',
  ORDERS: 'ORDERS',
  COMMISSIONS: 'COMMISSIONS',
  WALLET_MOVEMENTS: 'WALLET_MOVEMENTS',
} as const;
export type ExportType = (typeof ExportType)[keyof typeof ExportType];
export const EXPORT_TYPES: readonly ExportType[] = Object.values(ExportType);

/** CSV: RFC 4180, UTF-8, `,`, decimal point. CSV_EXCEL: UTF-8 with BOM, `;`, the locale's decimal separator. */
export const ExportFormat = { CSV: 'CSV', CSV_EXCEL: 'CSV_EXCEL' } as const;
export type ExportFormat = (typeof ExportFormat)[keyof typeof ExportFormat];
export const EXPORT_FORMATS: readonly ExportFormat[] = Object.values(ExportFormat);

/** What a cell holds: how the API writes it and how a reader should parse it. */
export type ExportCellKind = 'id' | 'text' | 'code' | 'amount' | 'rate' | 'integer' | 'instant' | 'day';

export interface ExportColumn {
  /** Stable machine name (snake_case), for scripts that map columns by key. */
  readonly key: string;
  /**
   * The header cell in English, exactly as an English file's first row writes it. The other
   * languages' labels are the API's catalog (`export-headers.catalog.ts`, keyed by `key`): only
   * the labels follow the reader's language, never the columns or their order.
   */
  readonly header: string;
  readonly kind: ExportCellKind;
}

export interface ExportColumns {
  readonly type: ExportType;
  readonly version: number;
  readonly columns: readonly ExportColumn[];
}

const column = (key: string, header: string, kind: ExportCellKind): ExportColumn => ({ key, header, kind });

/**
 * The column lists, version 1. INVOICES: one row per invoice line (the line's share of the
 * invoice's VAT, so that the rows of an invoice add up to its total to the cent). ORDERS: what
 * was ordered, by whom (person and partner), the pricing case, the public price and what was
 * charged to whom. COMMISSIONS: the partner's revenue ledger. WALLET_MOVEMENTS: the wallet's
 * ledger (top-ups, order payments, commissions credited), with the balance after each movement.
 */
export const EXPORT_COLUMNS: Readonly<Record<ExportType, ExportColumns>> = {
  INVOICES: {
    type: 'INVOICES',
    version: 1,
    columns: [
      column('invoice_id', 'Invoice ID', 'id'),
      column('invoice_number', 'Invoice number', 'text'),
      column('invoice_date', 'Invoice date', 'instant'),
      column('line', 'Line', 'integer'),
      column('client_id', 'Client ID', 'id'),
      column('client', 'Client', 'text'),
      column('product', 'Product', 'text'),
      column('category', 'Category', 'code'),
      column('period_start', 'Period start', 'day'),
      column('period_end', 'Period end', 'day'),
      column('description', 'Description', 'text'),
      column('quantity', 'Quantity', 'integer'),
      column('net', 'Net', 'amount'),
      column('vat_rate', 'VAT rate (%)', 'rate'),
      column('vat', 'VAT', 'amount'),
      column('total', 'Total', 'amount'),
      column('currency', 'Currency', 'code'),
      column('vat_treatment', 'VAT treatment', 'code'),
      column('payer_id', 'Payer ID', 'id'),
      column('payer', 'Payer', 'text'),
      column('payer_country', 'Payer country', 'code'),
      column('payer_vat_number', 'Payer VAT number', 'text'),
    ],
  },
  ORDERS: {
    type: 'ORDERS',
    version: 1,
    columns: [
      column('order_id', 'Order ID', 'id'),
      column('order_date', 'Order date', 'instant'),
      column('kind', 'Kind', 'code'),
      column('client_id', 'Client ID', 'id'),
      column('client', 'Client', 'text'),
      column('product', 'Product', 'text'),
      column('category', 'Category', 'code'),
      column('period_start', 'Period start', 'day'),
      column('period_end', 'Period end', 'day'),
      column('placed_by', 'Placed by', 'text'),
      column('placed_by_partner_id', 'Placed by partner ID', 'id'),
      column('placed_by_partner', 'Placed by partner', 'text'),
      column('pricing', 'Pricing', 'code'),
      column('public_price', 'Public price', 'amount'),
      column('net', 'Net', 'amount'),
      column('vat', 'VAT', 'amount'),
      column('charged', 'Charged', 'amount'),
      column('currency', 'Currency', 'code'),
      column('charged_to_id', 'Charged to ID', 'id'),
      column('charged_to', 'Charged to', 'text'),
    ],
  },
  COMMISSIONS: {
    type: 'COMMISSIONS',
    version: 1,
    columns: [
      column('commission_id', 'Commission ID', 'id'),
      column('date', 'Date', 'instant'),
      column('kind', 'Kind', 'code'),
      column('rate', 'Rate (%)', 'rate'),
      column('base', 'Base amount', 'amount'),
      column('commission', 'Commission', 'amount'),
      column('currency', 'Currency', 'code'),
      column('order_id', 'Order ID', 'id'),
      column('product', 'Product', 'text'),
      column('client_id', 'Client ID', 'id'),
      column('client', 'Client', 'text'),
    ],
  },
  WALLET_MOVEMENTS: {
    type: 'WALLET_MOVEMENTS',
    version: 1,
    columns: [
      column('movement_id', 'Movement ID', 'id'),
      column('date', 'Date', 'instant'),
      column('kind', 'Kind', 'code'),
      column('description', 'Description', 'text'),
      column('amount', 'Amount', 'amount'),
      column('balance_after', 'Balance after', 'amount'),
      column('currency', 'Currency', 'code'),
      column('order_id', 'Order ID', 'id'),
      column('client_id', 'Client ID', 'id'),
      column('client', 'Client', 'text'),
    ],
  },
};

/** The English headers of a type, in file order. */
export function exportHeaders(type: ExportType): string[] {
  return EXPORT_COLUMNS[type].columns.map((c) => c.header);
}

export const EXPORT_RULES = {
  /** The longest period one file covers: `to` at most this many months after `from`. */
  maxMonths: 24,
  /** The most clients one export names (beyond that, export all). */
  maxClientIds: 1000,
} as const;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A `YYYY-MM-DD` that names a real day (UTC), or null. */
export function parseExportDay(value: unknown): Date | null {
  if (typeof value !== 'string') return null;
  const match = DAY.exec(value);
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value ? date : null;
}

/** What is wrong with a period `[from, to)`, or null; the field to point at and a sentence. */
export function exportPeriodProblem(from: string, to: string): { field: 'from' | 'to'; message: string } | null {
  const start = parseExportDay(from);
  if (!start) return { field: 'from', message: 'Give the start of the period as a date (YYYY-MM-DD).' };
  const end = parseExportDay(to);
  if (!end) return { field: 'to', message: 'Give the end of the period as a date (YYYY-MM-DD).' };
  if (end.getTime() <= start.getTime()) return { field: 'to', message: 'The end of the period must come after its start.' };
  const limit = new Date(start);
  limit.setUTCMonth(limit.getUTCMonth() + EXPORT_RULES.maxMonths);
  if (end.getTime() > limit.getTime()) return { field: 'to', message: `A file covers at most ${EXPORT_RULES.maxMonths} months: export a shorter period.` };
  return null;
}

/** Lower-case ASCII words joined by `-`, for file names: `Chocolaterie Müller AG` → `chocolaterie-muller-ag`. */
export function exportSlug(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'organization';
}

/**
 * What a file holds, in the words of its reader's language (ASCII, for a plain `filename=`), the
 * same words as the export dialog's types: a French partner's download folder reads `factures`.
 */
const EXPORT_FILE_WORDS: Readonly<Record<Language, Readonly<Record<ExportType, string>>>> = {
  en: { INVOICES: 'invoices', ORDERS: 'orders', COMMISSIONS: 'commissions', WALLET_MOVEMENTS: 'wallet-movements' },
  fr: { INVOICES: 'factures', ORDERS: 'commandes', COMMISSIONS: 'commissions', WALLET_MOVEMENTS: 'mouvements-portefeuille' },
  de: { INVOICES: 'rechnungen', ORDERS: 'bestellungen', COMMISSIONS: 'provisionen', WALLET_MOVEMENTS: 'guthabenbewegungen' },
  it: { INVOICES: 'fatture', ORDERS: 'ordini', COMMISSIONS: 'commissioni', WALLET_MOVEMENTS: 'movimenti-portafoglio' },
};

/** `chocolaterie-muller-ag-invoices-2026-01-01_2026-04-01.csv`: who, what (in `language`), and the period `[from, to)`. */
export function exportFileName(organizationName: string, type: ExportType, from: string, to: string, language: Language = 'en'): string {
  return `${exportSlug(organizationName)}-${EXPORT_FILE_WORDS[language][type]}-${from}_${to}.csv`;
}

/**
 * The decimal separator of a locale as `Intl` writes it (`de-CH` → `.`, `fr-FR` → `,`), for the
 * CSV_EXCEL format, so that Excel set to that locale reads amounts as numbers.
 */
export function decimalSeparatorOf(locale: string): string {
  const part = new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal');
  return part?.value ?? '.';
}

/** The cell delimiter of a format. */
export function exportDelimiter(format: ExportFormat): ',' | ';' {
  return format === 'CSV_EXCEL' ? ';' : ',';
}
