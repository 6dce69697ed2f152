import { decimalSeparatorOf, EXPORT_COLUMNS, exportFileName, exportPeriodProblem, exportSlug, parseExportDay } from './billing-exports';

describe('billing exports vocabulary', () => {
  it('periods are [from, to), at most 24 months, real days only', () => {
    expect(exportPeriodProblem('2026-01-01', '2026-04-01')).toBeNull();
    expect(exportPeriodProblem('2024-01-01', '2026-01-01')).toBeNull();
    expect(exportPeriodProblem('2024-01-01', '2026-01-02')?.field).toBe('to');
    expect(exportPeriodProblem('2026-04-01', '2026-04-01')?.field).toBe('to');
    expect(exportPeriodProblem('2026-02-30', '2026-04-01')?.field).toBe('from');
    expect(parseExportDay('2028-02-29')?.toISOString()).toBe('2028-02-29T00:00:00.000Z');
    expect(parseExportDay('2026-1-01')).toBeNull();
  });

  it('file names say who, what and when', () => {
    expect(exportSlug('Chocolaterie Müller AG')).toBe('chocolaterie-muller-ag');
    expect(exportSlug('=HYPERLINK("x")')).toBe('hyperlink-x');
    expect(exportSlug('!!!')).toBe('organization');
    expect(exportFileName('Pixel Partners Sàrl', 'WALLET_MOVEMENTS', '2026-01-01', '2026-04-01')).toBe('pixel-partners-sarl-wallet-movements-2026-01-01_2026-04-01.csv');
    expect(exportFileName('Pixel Partners Sàrl', 'INVOICES', '2026-01-01', '2026-04-01', 'fr')).toBe('pixel-partners-sarl-factures-2026-01-01_2026-04-01.csv');
    expect(exportFileName('Chocolaterie Müller AG', 'ORDERS', '2026-01-01', '2027-01-01', 'de')).toBe('chocolaterie-muller-ag-bestellungen-2026-01-01_2027-01-01.csv');
    expect(exportFileName('Studio Rossi', 'WALLET_MOVEMENTS', '2026-01-01', '2026-02-01', 'it')).toBe('studio-rossi-movimenti-portafoglio-2026-01-01_2026-02-01.csv');
  });

  it("the CSV_EXCEL decimal separator is the locale's", () => {
    expect(decimalSeparatorOf('de-CH')).toBe('.');
    expect(decimalSeparatorOf('fr-CH')).toBe(',');
    expect(decimalSeparatorOf('de-DE')).toBe(',');
  });

  it('column keys and headers are unique within each list', () => {
    for (const { columns } of Object.values(EXPORT_COLUMNS)) {
      expect(new Set(columns.map((c) => c.key)).size).toBe(columns.length);
      expect(new Set(columns.map((c) => c.header)).size).toBe(columns.length);
    }
  });
});
