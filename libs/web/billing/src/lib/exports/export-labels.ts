import type { ExportFormat, ExportType } from './export-download';

/** What each export type is called in the dialog, with one line on what its rows are. */
export function exportTypeLabel(type: ExportType): { label: string; hint: string } {
  switch (type) {
    case 'INVOICES':
      return {
        label: $localize`:@@billing.export.type.invoices:Invoices`,
        hint: $localize`:@@billing.export.type.invoicesHint:One row per invoice line: net, VAT and total, with the client and the period covered.`,
      };
    case 'ORDERS':
      return {
        label: $localize`:@@billing.export.type.orders:Orders`,
        hint: $localize`:@@billing.export.type.ordersHint:Who placed each order, its pricing, the public price and what was charged to whom.`,
      };
    case 'COMMISSIONS':
      return {
        label: $localize`:@@billing.export.type.commissions:Commissions`,
        hint: $localize`:@@billing.export.type.commissionsHint:Cashback, rebates and reimbursements: rate, base amount, order and client.`,
      };
    case 'WALLET_MOVEMENTS':
      return {
        label: $localize`:@@billing.export.type.walletMovements:Wallet movements`,
        hint: $localize`:@@billing.export.type.walletMovementsHint:Top-ups, order payments and commissions credited, with the balance after each.`,
      };
  }
}

export function exportFormats(): readonly { value: ExportFormat; label: string; hint: string }[] {
  return [
    { value: 'CSV', label: 'CSV', hint: $localize`:@@billing.export.format.csvHint:Commas and a decimal point: for accounting software and scripts.` },
    {
      value: 'CSV_EXCEL',
      label: $localize`:@@billing.export.format.csvExcel:CSV for Excel`,
      hint: $localize`:@@billing.export.format.csvExcelHint:Semicolons and your decimal separator: opens in columns in Excel.`,
    },
  ];
}

/** A byte count for people: "820 B", "12.4 kB", "3.1 MB" (decimal units, as browsers show downloads). */
export function formatBytes(bytes: number, locale: string): string {
  const [value, unit] = bytes < 1000 ? [bytes, 'byte'] : bytes < 1_000_000 ? [bytes / 1000, 'kilobyte'] : [bytes / 1_000_000, 'megabyte'];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: unit === 'byte' ? 0 : 1 }).format(value);
}
