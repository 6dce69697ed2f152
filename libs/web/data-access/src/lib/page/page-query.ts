import { DestroyRef, Signal, computed, effect, inject, signal, untracked } from '@angular/core';
import { Title } from '@angular/platform-browser';
import type { Observable, Subscription } from 'rxjs';
import { apiError } from '../errors/api-error';

/**
 * A card the page shows instead of its content ("You do not have access to this page"). The same shape as
 * web-ui's `PageCard`: `<mgr-page-state>` renders it (data-access may not import ui, so the two
 * meet by shape).
 */
export interface PageRefusal {
  icon: string;
  heading: string;
  message: string;
}

/**
 * Where a page's data stands: loading; ready with the data; not found (the API's NOT_FOUND, a
 * malformed id, a link token that no longer works: all the same to the viewer, never a hint that
 * something exists); refused (the viewer may not use this page: the API said FORBIDDEN, or the
 * data says so); or failed (the network, a 500: worth a retry).
 */
export type PageState<T> =
  | { status: 'loading' }
  | { status: 'ready'; data: T }
  | { status: 'not-found' }
  | { status: 'refused'; refusal: PageRefusal; data: T | null }
  | { status: 'error' };

export interface PageQueryOptions<T, K> {
  /** What the page shows (a route parameter, a token); the page loads again when it changes. Empty: not found. */
  key?: () => K;
  /** Reads the page's data; null or undefined data is "not found" (a nullable lookup that found nothing). */
  fetch: (key: NonNullable<K>) => Observable<T | null | undefined>;
  /** Decides from the data that the viewer may not use the page (its role lacks a permission). */
  refuse?: (data: T) => PageRefusal | null;
  /** The card for the API's FORBIDDEN; without one, FORBIDDEN shows as "not found". */
  forbidden?: PageRefusal;
  /** The browser tab's title once the data is there (shown or refused). */
  title?: (data: T) => string;
  /** The title when nothing is found. */
  notFoundTitle?: string;
  /** Called with the data before the page shows it: seeds lists, forms, local copies. */
  onData?: (data: T, key: NonNullable<K>, refreshed: boolean) => void;
}

export interface PageQuery<T> {
  readonly state: Signal<PageState<T>>;
  readonly status: Signal<PageState<T>['status']>;
  /** The data while the page is ready, else null. */
  readonly data: Signal<T | null>;
  /** True while `refresh()` asks again with the page still shown. */
  readonly refreshing: Signal<boolean>;
  /** Loads again from scratch (the loading state first): "Try again", or after a change that moves much. */
  reload(): void;
  /** Asks again while the page stays shown (a period switched, a request sent). */
  refresh(): void;
}

const HIDDEN_CODES = new Set(['NOT_FOUND', 'BAD_USER_INPUT', 'FORBIDDEN']);

function isEmptyKey(key: unknown): boolean {
  return key === null || key === undefined || key === '' || (Array.isArray(key) && key.some(isEmptyKey));
}

/**
 * The one way a page loads its data, with its loading, not-found, refused and failure states;
 * `<mgr-page-state [page]="page">` (web-ui) shows every state but "ready". Call it in a field
 * initializer (it needs the injection context); it follows `key` and stops with the page.
 *
 * @example
 * readonly orgId = input.required<string>();
 * protected readonly page = pageQuery({
 *   key: () => this.orgId(),
 *   fetch: (id) => this.apollo.query({ query: OrganizationActivityDocument, variables: { id }, fetchPolicy: 'network-only' })
 *     .pipe(map((r) => r.data?.organization)),
 *   refuse: (org) => (hasPermission(org.viewerAccess, 'AUDIT_READ') ? null : NOT_FOR_YOUR_ROLE),
 *   title: (org) => `Activity · ${org.name} · Manager`,
 * });
 */
export function pageQuery<T, K = true>(options: PageQueryOptions<T, K>): PageQuery<T> {
  const title = inject(Title);
  const state = signal<PageState<T>>({ status: 'loading' });
  const refreshing = signal(false);
  const key = options.key ?? (() => true as K);
  let request: Subscription | undefined;

  const settle = (data: T | null | undefined, k: NonNullable<K>, refreshed: boolean): void => {
    if (data === null || data === undefined) return notFound();
    if (options.title) title.setTitle(options.title(data));
    const refusal = options.refuse?.(data) ?? null;
    if (refusal) return state.set({ status: 'refused', refusal, data });
    options.onData?.(data, k, refreshed);
    state.set({ status: 'ready', data });
  };

  const notFound = (): void => {
    state.set({ status: 'not-found' });
    if (options.notFoundTitle) title.setTitle(options.notFoundTitle);
  };

  const fail = (error: unknown): void => {
    const code = apiError(error)?.code;
    if (code === 'FORBIDDEN' && options.forbidden) state.set({ status: 'refused', refusal: options.forbidden, data: null });
    else if (code && HIDDEN_CODES.has(code)) notFound();
    else state.set({ status: 'error' });
  };

  const run = (k: K, refresh: boolean): void => {
    request?.unsubscribe();
    refreshing.set(false);
    if (isEmptyKey(k)) return notFound();
    const present = k as NonNullable<K>;
    if (refresh) refreshing.set(true);
    else state.set({ status: 'loading' });
    request = options.fetch(present).subscribe({
      next: (data) => {
        refreshing.set(false);
        settle(data, present, refresh);
      },
      error: (error: unknown) => {
        refreshing.set(false);
        fail(error);
      },
    });
  };

  effect(() => {
    const k = key();
    untracked(() => run(k, false));
  });
  inject(DestroyRef).onDestroy(() => request?.unsubscribe());

  return {
    state: state.asReadonly(),
    status: computed(() => state().status),
    data: computed(() => {
      const s = state();
      return s.status === 'ready' ? s.data : null;
    }),
    refreshing: refreshing.asReadonly(),
    reload: () => run(untracked(key), false),
    refresh: () => run(untracked(key), true),
  };
}
