/**
 * The export dialog's opener, apart from the main entry: the Clients page (partners library)
 * opens it too, and the dialog, its form fields and the download code load only on first use.
 */
export { openExportDialog } from './lib/exports/open-export-dialog';
export type { ExportDialogData, ExportResult } from './lib/exports/export-dialog';
export type { ExportType, ExportFormat } from './lib/exports/export-download';
export type { PeriodPreset } from './lib/exports/export-period';
