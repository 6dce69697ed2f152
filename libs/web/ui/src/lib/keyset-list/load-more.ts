import { ChangeDetectionStrategy, Component, input } from '@angular/core';
// A native button in Material's style: the dashboard, the first screen after signing in, shows it.
import { Button } from '../native-form/button';
import type { KeysetList } from './keyset-list';

/**
 * The footer of a KeysetList: "Showing 20 of 42", the "Load more" button while there is more,
 * and what went wrong when a page could not be loaded.
 *
 * @example <mgr-load-more [list]="products" failure="Could not load more products. Try again." />
 */
@Component({
  selector: 'mgr-load-more',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [Button],
  template: `
    <span class="shown" aria-live="polite" i18n="@@ui.loadMore.shown"
      >Showing {{ list().items().length // i18n(ph="SHOWN") }} of {{ list().totalCount() // i18n(ph="TOTAL") }}</span
    >
    @if (list().hasNextPage()) {
      <button mgrButton="outlined" type="button" (click)="list().loadMore()" [disabled]="list().loadingMore()">
        <span i18n="@@ui.loadMore.button">{list().loadingMore(), select, true {Loading…} other {Load more}}</span>
      </button>
    }
    @if (list().loadMoreFailed()) {
      <span class="error" role="alert">{{ failure() }}</span>
    }
  `,
  styles: `
    :host {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 16px;
      margin-block-start: 16px;
    }
    .shown {
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .error {
      color: var(--mat-sys-error);
    }
  `,
})
export class LoadMore<T> {
  readonly list = input.required<KeysetList<T>>();
  readonly failure = input($localize`:@@ui.loadMore.failure:Could not load more. Try again.`);
}
