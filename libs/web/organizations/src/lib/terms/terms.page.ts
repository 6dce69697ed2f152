import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { TermsOfUseDocument, ThemeService, pageQuery } from '@manager/web-data-access';
import { PageStateView, PublicPage } from '@manager/web-ui';
import { Apollo } from 'apollo-angular';
import { map } from 'rxjs';

/** The general terms of use, public (linked from every "I accept" checkbox). */
@Component({
  selector: 'mgr-terms-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [PublicPage, PageStateView],
  template: `
    <mgr-public-page [heading]="terms()?.title ?? defaultHeading" [subheading]="subheading()" [wide]="true">
      <mgr-page-state
        [page]="page"
        loading="Loading the terms of use"
        i18n-loading="@@organizations.terms.loading"
        failure="The terms of use could not be loaded."
        i18n-failure="@@organizations.terms.failure"
        [inline]="true"
      />
      @if (terms()) {
        <div class="text" data-testid="terms-text">
          @for (paragraph of paragraphs(); track $index) {
            <p>{{ paragraph }}</p>
          }
        </div>
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
  `,
})
export class TermsPage {
  private readonly apollo = inject(Apollo);
  protected readonly page = pageQuery({
    fetch: () =>
      this.apollo.query({ query: TermsOfUseDocument }).pipe(
        map((r) => {
          // The terms always exist: an answer without them is a failure, not "not found".
          if (!r.data?.termsOfUse) throw new Error('termsOfUse missing');
          return r.data.termsOfUse;
        }),
      ),
  });
  protected readonly terms = this.page.data;
  protected readonly defaultHeading = $localize`:@@organizations.terms.heading:General terms of use`;
  protected readonly subheading = computed(() => {
    const t = this.terms();
    return t ? $localize`:@@organizations.terms.version:Version ${t.version}:version:` : '';
  });
  protected readonly paragraphs = computed(() =>
    (this.terms()?.text ?? '')
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter(Boolean),
  );

  constructor() {
    inject(ThemeService).followSystem();
  }
}
