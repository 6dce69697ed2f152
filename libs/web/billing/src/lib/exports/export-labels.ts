import type { ExportFormat, ExportType } from './export-download';

/** What each export type is called in the dialog, with one line on what its rows are. */
export const EXPORT_TYPES: Readonly<Record<ExportType, { label: string; hint: string }>> = {
  INVOICES: { label: 'Invoices', hint: 'One row per invoice line: net, VAT and total, with the client and the period covered.' },
  ORDERS: { label: 'Orders', hint: 'Who placed each order, its pricing, the public price and what was charged to whom.' },
  COMMISSIONS: { label: 'Commissions', hint: 'Cashback, rebates and reimbursements: rate, base amount, order and client.' },
  WALLET_MOVEMENTS: { label: 'Wallet movements', hint: 'Top-ups, order payments and commissions credited, with the balance after each.' },
};

export const EXPORT_FORMATS: readonly { value: ExportFormat; label: string; hint: string }[] = [
  { value: 'CSV', label: 'CSV', hint: 'Commas and a decimal point: for accounting software and scripts.' },
  { value: 'CSV_EXCEL', label: 'CSV for Excel', hint: 'Semicolons and your decimal separator: opens in columns in Excel.' },
];

/** A byte count for people: "820 B", "12.4 kB", "3.1 MB" (decimal units, as browsers show downloads). */
export function formatBytes(bytes: number, locale: string): string {
  const [value, unit] = bytes < 1000 ? [bytes, 'byte'] : bytes < 1_000_000 ? [bytes / 1000, 'kilobyte'] : [bytes / 1_000_000, 'megabyte'];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: unit === 'byte' ? 0 : 1 }).format(value);
}
