import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatProgressBar } from '@angular/material/progress-bar';
import { TermsOfUseDocument, TermsOfUseQuery, ThemeService } from '@manager/web-data-access';
import { PublicPage } from '@manager/web-ui';
import { Apollo } from 'apollo-angular';

type Terms = TermsOfUseQuery['termsOfUse'];

/** The general terms of use, public (linked from every "I accept" checkbox). */
@Component({
  selector: 'mgr-terms-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [PublicPage, MatProgressBar, MatButton],
  template: `
    <mgr-public-page [heading]="terms()?.title ?? 'General terms of use'" [subheading]="subheading()" [wide]="true">
      @switch (status()) {
        @case ('loading') {
          <mat-progress-bar mode="indeterminate" aria-label="Loading the terms of use" />
        }
        @case ('error') {
          <p class="error" role="alert">The terms of use could not be loaded.</p>
          <button mat-stroked-button type="button" (click)="load()">Try again</button>
        }
        @case ('ready') {
          <div class="text" data-testid="terms-text">
            @for (paragraph of paragraphs(); track $index) {
              <p>{{ paragraph }}</p>
            }
          </div>
        }
      }
    </mgr-public-page>
  `,
  styles: `
    .text p {
      margin: 0 0 12px;
      font: var(--mat-sys-body-large);
      color: var(--mat-sys-on-surface);
      white-space: pre-line;
    }
    .error {
      color: var(--mat-sys-error);
    }
  `,
})
export class TermsPage {
  private readonly apollo = inject(Apollo);
  protected readonly status = signal<'loading' | 'ready' | 'error'>('loading');
  protected readonly terms = signal<Terms | null>(null);
  protected readonly subheading = computed(() => {
    const t = this.terms();
    return t ? `Version ${t.version}` : '';
  });
  protected readonly paragraphs = computed(() =>
    (this.terms()?.text ?? '')
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter(Boolean),
  );

  constructor() {
    inject(ThemeService).followSystem();
    this.load();
  }

  protected load(): void {
    this.status.set('loading');
    this.apollo.query({ query: TermsOfUseDocument }).subscribe({
      next: (r) => {
        this.terms.set(r.data?.termsOfUse ?? null);
        this.status.set(r.data ? 'ready' : 'error');
      },
      error: () => this.status.set('error'),
    });
  }
}
