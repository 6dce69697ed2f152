import { computed, signal } from '@angular/core';
import type { Observable, Subscription } from 'rxjs';

/** The part of a Relay connection a "Load more" list needs. */
export interface KeysetPage<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges: readonly { node: T }[];
}

/** Asks the API for the page after a cursor (null: the first page). A null page is ignored. */
export type KeysetFetch<T> = (after: string | null) => Observable<KeysetPage<T> | null | undefined>;

export interface KeysetListOptions<T> {
  /** How the list asks for a page; lists whose first page comes with the page's own query add it with `add()`. */
  fetch?: KeysetFetch<T>;
  /** The identity of a row, to drop one a later page repeats (default: its `id`). */
  key?: (item: T) => string;
}

const byId = (item: unknown): string => String((item as { id: string }).id);

/**
 * The state of a list paged with "Load more" over a Relay connection: the rows so far, the total,
 * whether there is more, and the cursor to ask for it. Rows are deduplicated by key, so a page
 * that overlaps the previous one (a row added meanwhile) never shows a row twice. Show its footer
 * with `<mgr-load-more [list]="list" />`.
 *
 * Its first page either comes with the page's query (`add()`), or the list loads it (`reload()`,
 * with `status()` for its own loading and failure: the billing page's three lists).
 *
 * @example
 * readonly list = new KeysetList<Product>({ fetch: (after) => fetchProducts(after) });
 * list.add(organization.products);  // the first page, from the page's query
 * list.loadMore();                  // the next pages
 */
export class KeysetList<T> {
  readonly items = signal<T[]>([]);
  readonly totalCount = signal(0);
  readonly hasNextPage = signal(false);
  readonly loadingMore = signal(false);
  readonly loadMoreFailed = signal(false);
  /** Of the first page, when the list loads it itself (`reload()`); `ready` once a page was added. */
  readonly status = signal<'idle' | 'loading' | 'ready' | 'error'>('idle');
  readonly remaining = computed(() => Math.max(0, this.totalCount() - this.items().length));
  readonly empty = computed(() => this.status() === 'ready' && this.items().length === 0);
  private endCursor: string | null = null;
  private request?: Subscription;
  private readonly fetch?: KeysetFetch<T>;
  private readonly key: (item: T) => string;

  constructor(options: KeysetListOptions<T> = {}) {
    this.fetch = options.fetch;
    this.key = options.key ?? byId;
  }

  /** Forgets every row, and drops a page still on its way: the list of another owner is about to load. */
  clear(): void {
    this.request?.unsubscribe();
    this.items.set([]);
    this.totalCount.set(0);
    this.hasNextPage.set(false);
    this.loadingMore.set(false);
    this.loadMoreFailed.set(false);
    this.status.set('idle');
    this.endCursor = null;
  }

  add(page: KeysetPage<T>): void {
    const known = new Set(this.items().map(this.key));
    const fresh = page.edges.map((edge) => edge.node).filter((node) => !known.has(this.key(node)));
    this.items.update((list) => [...list, ...fresh]);
    this.totalCount.set(page.totalCount);
    this.hasNextPage.set(page.pageInfo.hasNextPage);
    this.endCursor = page.pageInfo.endCursor ?? null;
    this.status.set('ready');
  }

  /** Loads the first page again (search or sort changed, a row was added); the old rows stay until it arrives. */
  reload(): void {
    const fetch = this.fetch;
    if (!fetch) throw new Error('KeysetList.reload() needs a fetch function');
    this.request?.unsubscribe();
    this.status.set('loading');
    this.loadingMore.set(false);
    this.loadMoreFailed.set(false);
    this.request = fetch(null).subscribe({
      next: (page) => {
        const status = page ? 'ready' : 'error';
        this.clear();
        if (page) this.add(page);
        this.status.set(status);
      },
      error: () => this.status.set('error'),
    });
  }

  /**
   * Asks for the page after the last one (with `fetch`, or the list's own). A null page (the list
   * changed owner meanwhile) is ignored; a failure keeps the rows and sets `loadMoreFailed`.
   * Nothing happens while a page is loading or when there is no more.
   */
  loadMore(fetch: KeysetFetch<T> | undefined = this.fetch): Subscription | undefined {
    if (!fetch || this.loadingMore() || !this.hasNextPage()) return undefined;
    this.loadingMore.set(true);
    this.loadMoreFailed.set(false);
    this.request = fetch(this.endCursor).subscribe({
      next: (page) => {
        if (page) this.add(page);
        this.loadingMore.set(false);
      },
      error: () => {
        this.loadMoreFailed.set(true);
        this.loadingMore.set(false);
      },
    });
    return this.request;
  }

  /** Removes one row that is gone on the server (a member removed), and counts it out of the total. */
  remove(predicate: (item: T) => boolean): void {
    const before = this.items().length;
    this.items.update((list) => list.filter((item) => !predicate(item)));
    this.totalCount.update((n) => Math.max(0, n - (before - this.items().length)));
  }

  /** Stops what is on its way (the page is left). */
  destroy(): void {
    this.request?.unsubscribe();
  }
}
