import { computed, signal } from '@angular/core';
import type { Observable, Subscription } from 'rxjs';

/** The part of a Relay connection a "Load more" list needs. */
export interface KeysetPage<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges: readonly { node: T }[];
}

/**
 * The state of a list paged with "Load more" over a Relay connection: the rows so far, the total,
 * whether there is more, and the cursor to ask for it. Rows are deduplicated by id, so a page
 * that overlaps the previous one (a row added meanwhile) never shows a row twice.
 *
 * @example
 * readonly list = new KeysetList<Product>();
 * list.add(organization.products);                       // first page
 * list.loadMore((after) => fetchProducts(after));         // next pages
 */
export class KeysetList<T extends { id: string }> {
  readonly items = signal<T[]>([]);
  readonly totalCount = signal(0);
  readonly hasNextPage = signal(false);
  readonly loadingMore = signal(false);
  readonly loadMoreFailed = signal(false);
  readonly remaining = computed(() => Math.max(0, this.totalCount() - this.items().length));
  private endCursor: string | null = null;

  /** Forgets every row: the list of another organization is about to load. */
  clear(): void {
    this.items.set([]);
    this.loadingMore.set(false);
    this.loadMoreFailed.set(false);
    this.endCursor = null;
  }

  add(page: KeysetPage<T>): void {
    const known = new Set(this.items().map((item) => item.id));
    this.items.update((list) => [...list, ...page.edges.map((edge) => edge.node).filter((node) => !known.has(node.id))]);
    this.totalCount.set(page.totalCount);
    this.hasNextPage.set(page.pageInfo.hasNextPage);
    this.endCursor = page.pageInfo.endCursor ?? null;
  }

  /**
   * Asks `fetch` for the page after the last one. A null page (the list changed owner meanwhile)
   * is ignored; a failure keeps the rows and sets `loadMoreFailed`. Nothing happens while a page
   * is loading or when there is no more.
   */
  loadMore(fetch: (after: string | null) => Observable<KeysetPage<T> | null | undefined>): Subscription | undefined {
    if (this.loadingMore() || !this.hasNextPage()) return undefined;
    this.loadingMore.set(true);
    this.loadMoreFailed.set(false);
    return fetch(this.endCursor).subscribe({
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
}
