import { computed, signal } from '@angular/core';
import { Observable, Subscription } from 'rxjs';
import { KeysetList, type KeysetPage } from '@manager/web-ui';

/**
 * A "Load more" list that also loads its own first page: `fetch(after)` returns the page after a
 * cursor (null: the first). The paging itself is the shared KeysetList; this adds the first-page
 * status, for pages that hold several independent lists (the billing page's ledger, invoices,
 * orders).
 */
export class ConnectionList<T extends { id: string }> {
  private readonly list = new KeysetList<T>();
  readonly items = this.list.items;
  readonly totalCount = this.list.totalCount;
  readonly hasNextPage = this.list.hasNextPage;
  readonly loadingMore = this.list.loadingMore;
  readonly loadMoreFailed = this.list.loadMoreFailed;
  readonly status = signal<'idle' | 'loading' | 'ready' | 'error'>('idle');
  readonly empty = computed(() => this.status() === 'ready' && this.items().length === 0);
  private request?: Subscription;

  constructor(private readonly fetch: (after: string | null) => Observable<KeysetPage<T> | null | undefined>) {}

  reload(): void {
    this.request?.unsubscribe();
    this.status.set('loading');
    this.loadMoreFailed.set(false);
    this.loadingMore.set(false);
    this.request = this.fetch(null).subscribe({
      next: (page) => {
        this.list.clear();
        if (page) this.list.add(page);
        this.status.set(page ? 'ready' : 'error');
      },
      error: () => this.status.set('error'),
    });
  }

  loadMore(): void {
    this.request = this.list.loadMore(this.fetch) ?? this.request;
  }

  destroy(): void {
    this.request?.unsubscribe();
  }
}
