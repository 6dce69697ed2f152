import type { Injector } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type { ExportDialogData, ExportResult } from './export-dialog';

/**
 * Opens the export dialog, whose code (and MatDialog's) loads on first use, and tells in a snack
 * bar what was saved. The page's injector, so the dialog shares its providers.
 *
 * @example
 * await openExportDialog(this.injector, { organizationId, organizationName, types: ['COMMISSIONS'], preset: 'LAST_MONTH' });
 */
export async function openExportDialog(injector: Injector, data: ExportDialogData): Promise<ExportResult | undefined> {
  const [{ MatDialog }, { MatSnackBar }, { ExportDialog }] = await Promise.all([
    import('@angular/material/dialog'),
    import('@angular/material/snack-bar'),
    import('./export-dialog'),
  ]);
  const ref = injector.get(MatDialog).open<InstanceType<typeof ExportDialog>, ExportDialogData, ExportResult | undefined>(ExportDialog, {
    data,
    injector,
    width: '560px',
    maxWidth: 'calc(100vw - 32px)',
    autoFocus: 'first-tabbable',
  });
  const result = await firstValueFrom(ref.afterClosed());
  if (result) {
    const rows = result.rows === 1 ? '1 row' : `${result.rows} rows`;
    injector.get(MatSnackBar).open(`Saved ${result.fileName} (${rows}).`, undefined, { duration: 6000 });
  }
  return result;
}
