import type { Injector } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { DISPLAY_LOCALE } from '@manager/web-ui';
import type { ExportDialogData, ExportResult } from './export-dialog';
import { formatCount, isOne } from '../shared/billing-labels';

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
    const locale = injector.get(DISPLAY_LOCALE);
    const file = result.fileName;
    const rows = formatCount(result.rows, locale);
    const message = isOne(result.rows, locale)
      ? $localize`:@@billing.export.saved.one:Saved ${file}:file: (${rows}:rows: row).`
      : $localize`:@@billing.export.saved.other:Saved ${file}:file: (${rows}:rows: rows).`;
    injector.get(MatSnackBar).open(message, undefined, { duration: 6000 });
  }
  return result;
}
