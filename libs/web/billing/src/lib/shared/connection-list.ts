import { computed, signal } from '@angular/core';
import { Observable, Subscription } from 'rxjs';

/** One page of a Relay connection, as the API answers it. */
export interface Page<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges: readonly { node: T }[];
}

/**
 * The state of a "Load more" list over a connection: items, total, loading and failure, for one
 * owner (page) at a time. `fetch(after)` returns the page after a cursor (null: the first).
 */
export class ConnectionList<T extends { id: string }> {
  readonly items = signal<T[]>([]);
  readonly totalCount = signal(0);
  readonly hasNextPage = signal(false);
  readonly status = signal<'idle' | 'loading' | 'ready' | 'error'>('idle');
  readonly loadingMore = signal(false);
  readonly loadMoreFailed = signal(false);
  readonly empty = computed(() => this.status() === 'ready' && this.items().length === 0);
  private cursor: string | null = null;
  private request?: Subscription;

  constructor(private readonly fetch: (after: string | null) => Observable<Page<T> | null | undefined>) {}

  reload(): void {
    this.request?.unsubscribe();
    this.status.set('loading');
    this.loadMoreFailed.set(false);
    this.loadingMore.set(false);
    this.request = this.fetch(null).subscribe({
      next: (page) => {
        this.items.set([]);
        this.cursor = null;
        if (page) this.add(page);
        this.status.set(page ? 'ready' : 'error');
      },
      error: () => this.status.set('error'),
    });
  }

  loadMore(): void {
    if (this.loadingMore() || !this.hasNextPage()) return;
    this.loadingMore.set(true);
    this.loadMoreFailed.set(false);
    this.request = this.fetch(this.cursor).subscribe({
      next: (page) => {
        if (page) this.add(page);
        this.loadingMore.set(false);
      },
      error: () => {
        this.loadMoreFailed.set(true);
        this.loadingMore.set(false);
      },
    });
  }

  destroy(): void {
    this.request?.unsubscribe();
  }

  private add(page: Page<T>): void {
    const known = new Set(this.items().map((i) => i.id));
    this.items.update((list) => [...list, ...page.edges.map((e) => e.node).filter((n) => !known.has(n.id))]);
    this.totalCount.set(page.totalCount);
    this.hasNextPage.set(page.pageInfo.hasNextPage);
    this.cursor = page.pageInfo.endCursor ?? null;
  }
}
