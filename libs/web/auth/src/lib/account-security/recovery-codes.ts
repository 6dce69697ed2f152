import { ChangeDetectionStrategy, Component, input, output, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { Icon } from '@manager/web-ui/icons';

/**
 * Ten recovery codes, shown once (the API keeps only their hashes): copy them, download them as
 * a text file, then say they are kept somewhere safe.
 */
@Component({
  selector: 'mgr-recovery-codes',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, Icon],
  template: `
    <section class="codes-card" aria-labelledby="codes-heading" data-testid="recovery-codes">
      <h3 id="codes-heading"><mat-icon svgIcon="key" aria-hidden="true" /> <ng-container i18n="@@auth.recoveryCodes.heading">Save your recovery codes</ng-container></h3>
      <p i18n="@@auth.recoveryCodes.intro">
        Each code logs you in once if you lose your passkey or phone. They are shown only now: keep them
        somewhere safe, like a password manager.
      </p>
      <ol class="codes">
        @for (code of codes(); track code) {
          <li><code data-testid="recovery-code-item">{{ code }}</code></li>
        }
      </ol>
      <div class="actions">
        <button mat-stroked-button type="button" (click)="copy()">
          @if (copied()) {
            <mat-icon svgIcon="check" aria-hidden="true" />
          }
          @if (copied()) {
            <ng-container i18n="@@auth.recoveryCodes.copied">Copied</ng-container>
          } @else {
            <ng-container i18n="@@auth.recoveryCodes.copy">Copy</ng-container>
          }
        </button>
        <button mat-stroked-button type="button" (click)="download()" i18n="@@auth.recoveryCodes.download">Download</button>
        <button mat-flat-button type="button" (click)="done.emit()" data-testid="recovery-codes-saved" i18n="@@auth.recoveryCodes.saved">I have saved them</button>
      </div>
    </section>
  `,
  styles: `
    .codes-card {
      padding: 20px;
      border-radius: var(--mat-sys-corner-large);
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    h3 {
      display: flex;
      align-items: center;
      gap: 8px;
      margin: 0 0 8px;
      font: var(--mat-sys-title-medium);
    }
    p {
      margin: 0 0 16px;
      font: var(--mat-sys-body-medium);
    }
    .codes {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(150px, 1fr));
      gap: 8px 16px;
      margin: 0 0 16px;
      padding-inline-start: 24px;
      font: var(--mat-sys-body-large);
    }
    code {
      font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
      letter-spacing: 0.04em;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
  `,
})
export class RecoveryCodes {
  readonly codes = input.required<readonly string[]>();
  readonly done = output<void>();
  protected readonly copied = signal(false);

  private text(): string {
    return `${$localize`:@@auth.recoveryCodes.fileHeading:Manager recovery codes (each works once)`}\n\n${this.codes().join('\n')}\n`;
  }

  protected async copy(): Promise<void> {
    await navigator.clipboard?.writeText(this.text());
    this.copied.set(true);
  }

  protected download(): void {
    const url = URL.createObjectURL(new Blob([this.text()], { type: 'text/plain' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'manager-recovery-codes.txt';
    link.click();
    URL.revokeObjectURL(url);
  }
}
