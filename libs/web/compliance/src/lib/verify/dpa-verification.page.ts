import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { ColorScheme } from '@manager/web-data-access/fetch';
import { LocalDatePipe, PublicPage } from '@manager/web-ui';

interface Verification {
  genuine: true;
  version: string;
  generatedAt: string;
  organizationName: string;
}

type Outcome = { status: 'idle' } | { status: 'checking' } | { status: 'genuine'; found: Verification; how: 'code' | 'file' } | { status: 'unknown'; how: 'code' | 'file' } | { status: 'failed' };

/**
 * The public check of a data processing agreement: by the code printed in it (the link in the
 * PDF opens /verify/dpa/<code>), or by the file itself, compared byte for byte with the SHA-256
 * recorded when it was generated. It tells only: genuine, version, date, organization.
 */
@Component({
  selector: 'mgr-dpa-verification-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [PublicPage, LocalDatePipe],
  template: `
    <mgr-public-page
      heading="Check a data processing agreement"
      i18n-heading="@@compliance.verify.heading"
      subheading="Is this GDPR certificate one we issued, unchanged?"
      i18n-subheading="@@compliance.verify.subheading"
      [wide]="true"
    >
      <div aria-live="polite" data-testid="dpa-verification-result">
        @switch (outcome().status) {
          @case ('checking') {
            <p i18n="@@compliance.verify.checking">Checking…</p>
          }
          @case ('genuine') {
            @if (genuine(); as g) {
              <div class="result ok">
                <p class="verdict" i18n="@@compliance.verify.genuine">{g.how, select, file {Genuine: this very file was issued by us, unchanged.} other {Genuine.}}</p>
                <dl>
                  <dt i18n="@@compliance.verify.organization">Organization</dt><dd>{{ g.found.organizationName }}</dd>
                  <dt i18n="@@compliance.verify.version">Version</dt><dd>{{ g.found.version }}</dd>
                  <dt i18n="@@compliance.verify.generatedAt">Generated</dt><dd><time [attr.datetime]="g.found.generatedAt">{{ g.found.generatedAt | localDate: 'time' }}</time></dd>
                </dl>
              </div>
            }
          }
          @case ('unknown') {
            <!-- The ICU is the whole message (a nested one would be extracted without our id). -->
            <p class="result bad" role="alert" i18n="@@compliance.verify.unknown">{unknownHow(), select, file {Not verified: this file does not match any agreement we issued. It is not genuine, or it was changed.} other {Not verified: no agreement we issued has this code.}}</p>
          }
          @case ('failed') {
            <p class="result bad" role="alert" i18n="@@compliance.verify.failed">The check could not be made: try again.</p>
          }
        }
      </div>
      <h2 i18n="@@compliance.verify.file.heading">Check the file itself</h2>
      <p i18n="@@compliance.verify.file.explanation">The code proves an agreement exists; the file check proves this copy is the one issued, not a single byte changed.</p>
      <label class="file">
        <span i18n="@@compliance.verify.file.label">PDF of the agreement</span>
        <input type="file" accept="application/pdf,.pdf" (change)="checkFile($event)" data-testid="dpa-verification-file" />
      </label>
    </mgr-public-page>
  `,
  styles: `
    .result {
      padding: 12px 16px;
      border-radius: var(--mat-sys-corner-medium);
      margin-block-end: 16px;
    }
    .ok {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    .bad {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .verdict {
      margin: 0 0 8px;
      font: var(--mat-sys-title-medium);
    }
    dl {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 4px 16px;
      margin: 0;
    }
    dt {
      font-weight: 500;
    }
    dd {
      margin: 0;
    }
    h2 {
      margin: 16px 0 8px;
      font: var(--mat-sys-title-medium);
    }
    .file {
      display: flex;
      flex-direction: column;
      gap: 8px;
    }
  `,
})
export class DpaVerificationPage {
  /** From the route: /verify/dpa/<code>. */
  readonly code = input<string | undefined>(undefined);
  protected readonly outcome = signal<Outcome>({ status: 'idle' });
  protected readonly genuine = () => {
    const o = this.outcome();
    return o.status === 'genuine' ? o : null;
  };
  protected readonly unknownHow = () => {
    const o = this.outcome();
    return o.status === 'unknown' ? o.how : null;
  };

  constructor() {
    inject(ColorScheme).followSystem();
    effect(() => {
      const code = this.code();
      if (code) void this.check(fetch(`/dpa-verification/${encodeURIComponent(code)}`), 'code');
    });
  }

  protected checkFile(event: Event): void {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (file) void this.check(fetch('/dpa-verification', { method: 'POST', headers: { 'content-type': 'application/pdf' }, body: file }), 'file');
  }

  private async check(request: Promise<Response>, how: 'code' | 'file'): Promise<void> {
    this.outcome.set({ status: 'checking' });
    try {
      const response = await request;
      if (response.status === 404) return this.outcome.set({ status: 'unknown', how });
      if (!response.ok) return this.outcome.set({ status: 'failed' });
      this.outcome.set({ status: 'genuine', found: (await response.json()) as Verification, how });
    } catch {
      this.outcome.set({ status: 'failed' });
    }
  }
}
