import { computed, signal } from '@angular/core';

/**
 * The ticked rows of the Clients under management table, by client organization id: single rows,
 * the loaded page (header checkbox), or every client matching the search ("Select all N
 * matching"), which the table cannot hold at once (keyset paged), so it is a flag, not a list.
 */
export class ClientSelection {
  private readonly ids = signal<ReadonlySet<string>>(new Set());
  /** Every client matching the current search, loaded or not. */
  readonly allMatching = signal(false);

  constructor(
    private readonly loadedIds: () => readonly string[],
    private readonly totalCount: () => number,
  ) {}

  /** How many clients an export would cover. */
  readonly count = computed(() => (this.allMatching() ? this.totalCount() : this.ids().size));
  readonly any = computed(() => this.count() > 0);
  readonly pageState = computed<'none' | 'some' | 'all'>(() => {
    const loaded = this.loadedIds();
    if (this.allMatching()) return loaded.length ? 'all' : 'none';
    const ticked = loaded.filter((id) => this.ids().has(id)).length;
    return ticked === 0 ? 'none' : ticked === loaded.length ? 'all' : 'some';
  });
  /** The offer after ticking the whole page, when more clients match than are loaded. */
  readonly offerAllMatching = computed(() => !this.allMatching() && this.pageState() === 'all' && this.totalCount() > this.loadedIds().length);

  /** The ids ticked one by one (meaningless while `allMatching`). */
  selectedIds(): string[] {
    return [...this.ids()];
  }

  isSelected(id: string): boolean {
    return this.allMatching() || this.ids().has(id);
  }

  toggle(id: string): void {
    if (this.allMatching()) {
      // Unticking one of "all": back to the loaded rows minus that one.
      this.allMatching.set(false);
      this.ids.set(new Set(this.loadedIds().filter((other) => other !== id)));
      return;
    }
    const next = new Set(this.ids());
    if (next.has(id)) next.delete(id);
    else next.add(id);
    this.ids.set(next);
  }

  /** The header checkbox: ticks the loaded rows, or unticks them when they all are. */
  togglePage(): void {
    if (this.pageState() === 'all') return this.clear();
    this.ids.set(new Set([...this.ids(), ...this.loadedIds()]));
  }

  selectAllMatching(): void {
    this.allMatching.set(true);
  }

  clear(): void {
    this.allMatching.set(false);
    this.ids.set(new Set());
  }

  /** The search changed: "all matching" meant the old matches. */
  searchChanged(): void {
    if (this.allMatching()) this.clear();
  }
}
