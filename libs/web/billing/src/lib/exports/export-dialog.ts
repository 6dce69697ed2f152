import { ChangeDetectionStrategy, Component, DOCUMENT, DestroyRef, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogActions, MatDialogContent, MatDialogRef, MatDialogTitle } from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { MatOption, MatSelect } from '@angular/material/select';
import { ExportError, type ExportFormat, type ExportProgress, type ExportType, fetchExport, isAbort, saveFile } from './export-download';
import { exportFormats, exportTypeLabel, formatBytes } from './export-labels';
import { formatCount } from '../shared/billing-labels';
import { PERIOD_PRESETS, periodPresetLabel, type PeriodPreset, endAfter, lastDayOf, periodProblem, presetPeriod } from './export-period';
import { DISPLAY_LOCALE } from '@manager/web-ui';

export interface ExportDialogData {
  organizationId: string;
  /** Whose history, for the sentence above the form. */
  organizationName: string;
  /** The types this page offers, the first chosen unless `type` says otherwise. */
  types: readonly ExportType[];
  type?: ExportType;
  preset?: PeriodPreset;
  /** A partner's clients under management: `ids` null for all of them. Absent: the organization's own history. */
  clients?: { ids: readonly string[] | null; count: number };
}

export interface ExportResult {
  fileName: string;
  rows: number;
}

type Field = 'type' | 'format' | 'from' | 'to';
const FIELDS: readonly string[] = ['type', 'format', 'from', 'to'];

/**
 * The export dialog of the Clients, Billing and Revenue pages: the type of history, the period
 * (presets or two days, checked here as the API checks them), the format; Export streams the file
 * with its progress, Cancel aborts the request (the API stops its query), and the file is saved
 * under the name the server gives. Closes with what was saved.
 */
@Component({
  selector: 'mgr-export-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    FormsModule,
    MatDialogTitle,
    MatDialogContent,
    MatDialogActions,
    MatButton,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    MatSelect,
    MatOption,
    MatRadioGroup,
    MatRadioButton,
    MatProgressBar,
  ],
  templateUrl: './export-dialog.html',
  styleUrl: './export-dialog.scss',
})
export class ExportDialog {
  private readonly dialogRef = inject<MatDialogRef<ExportDialog, ExportResult | undefined>>(MatDialogRef);
  private readonly document = inject(DOCUMENT);
  private readonly locale = inject(DISPLAY_LOCALE);
  protected readonly data = inject<ExportDialogData>(MAT_DIALOG_DATA);

  protected readonly typeOptions = this.data.types.map((value) => ({ value, ...exportTypeLabel(value) }));
  protected readonly formats = exportFormats();
  protected readonly presets = PERIOD_PRESETS.map((value) => ({ value, label: periodPresetLabel(value) }));

  protected readonly type = signal<ExportType>(this.data.type ?? this.data.types[0]);
  protected readonly format = signal<ExportFormat>('CSV');
  protected readonly preset = signal<PeriodPreset>(this.data.preset ?? 'LAST_MONTH');
  /** The custom days as the fields show them: the first and the LAST day included. */
  protected readonly customFrom = signal(presetPeriod('CUSTOM').from);
  protected readonly customLast = signal(lastDayOf(presetPeriod('CUSTOM')));

  protected readonly period = computed(() =>
    this.preset() === 'CUSTOM' ? { from: this.customFrom(), to: endAfter(this.customLast()) } : presetPeriod(this.preset()),
  );
  protected readonly problem = computed(() => periodProblem(this.period()));
  protected readonly periodText = computed(() => {
    const { from, to } = this.period();
    if (!to || this.problem()) return '';
    const day = new Intl.DateTimeFormat(this.locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
    return day.formatRange(new Date(`${from}T00:00:00Z`), new Date(`${lastDayOf({ from, to })}T00:00:00Z`));
  });
  protected readonly typeHint = computed(() => exportTypeLabel(this.type()).hint);
  protected readonly count = (n: number) => formatCount(n, this.locale);
  protected readonly bytes = (n: number) => formatBytes(n, this.locale);

  protected readonly attempted = signal(false);
  protected readonly progress = signal<ExportProgress | null>(null);
  protected readonly exporting = signal(false);
  /** A refusal of the API on a field of the form, shown there until that field changes. */
  protected readonly serverError = signal<{ field: Field | null; message: string } | null>(null);
  protected readonly percent = computed(() => {
    const p = this.progress();
    return p?.totalBytes ? Math.min(100, (100 * p.bytes) / p.totalBytes) : null;
  });

  private controller: AbortController | null = null;

  constructor() {
    inject(DestroyRef).onDestroy(() => this.controller?.abort());
  }

  protected fieldError(field: Field): string | null {
    const server = this.serverError();
    if (server?.field === field) return server.message;
    const problem = this.problem();
    return (field === 'from' || field === 'to') && this.attempted() && problem?.field === field ? problem.message : null;
  }

  protected edited(field: Field): void {
    if (this.serverError()?.field === field || (this.serverError()?.field && (field === 'from' || field === 'to'))) this.serverError.set(null);
  }

  protected choosePreset(preset: PeriodPreset): void {
    if (preset === 'CUSTOM' && this.preset() !== 'CUSTOM') {
      // Custom starts from what was shown, so "last quarter, but to yesterday" is one edit.
      const shown = this.period();
      if (shown.to) {
        this.customFrom.set(shown.from);
        this.customLast.set(lastDayOf({ from: shown.from, to: shown.to }));
      }
    }
    this.preset.set(preset);
    this.edited('from');
  }

  async submit(): Promise<void> {
    this.attempted.set(true);
    const { from, to } = this.period();
    if (this.exporting() || this.problem() || !to) return;
    this.serverError.set(null);
    this.exporting.set(true);
    this.progress.set(null);
    this.dialogRef.disableClose = true;
    this.controller = new AbortController();
    try {
      const file = await fetchExport(
        {
          organizationId: this.data.organizationId,
          type: this.type(),
          format: this.format(),
          from,
          to,
          ...(this.data.clients?.ids ? { clientIds: [...this.data.clients.ids] } : {}),
          // The display locale: the person's language in their region (the CSV for Excel's decimal separator).
          locale: this.locale,
        },
        { signal: this.controller.signal, onProgress: (p) => this.progress.set(p) },
      );
      saveFile(file, this.document);
      this.dialogRef.close({ fileName: file.fileName, rows: file.rows });
    } catch (error) {
      if (isAbort(error)) return;
      const refusal = error instanceof ExportError ? error : new ExportError($localize`:@@billing.export.failed:The export failed. Try again.`, 'UNKNOWN');
      const field = refusal.field && FIELDS.includes(refusal.field) ? (refusal.field as Field) : null;
      if (field === 'from' || field === 'to') this.preset.set('CUSTOM');
      this.serverError.set({ field, message: refusal.message });
    } finally {
      this.controller = null;
      this.exporting.set(false);
      this.dialogRef.disableClose = false;
    }
  }

  /** Cancel: stops a running download (the form stays, to try again), or closes the dialog. */
  protected cancel(): void {
    if (this.controller) {
      this.controller.abort();
      this.progress.set(null);
      return;
    }
    this.dialogRef.close(undefined);
  }
}
