import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

/**
 * The one loading placeholder of the SPA: grey shapes where the content will be, so the layout
 * holds while data loads (no blank page, nothing that jumps when it arrives). `rows` for lists
 * and tables (a line per row, the first ones longer), `line` for one piece of text, `pill` for a
 * button or a tab, `circle` for an avatar. It is an indeterminate progress bar to assistive
 * technology, named by `label` ("Loading the members"); decorative pieces inside a larger
 * skeleton pass `label=""` and are hidden from it.
 *
 * @example
 * <mgr-skeleton label="Loading the invoices" [rows]="4" />
 * <mgr-skeleton shape="circle" size="32px" label="" />
 */
@Component({
  selector: 'mgr-skeleton',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    '[attr.role]': "label() ? 'progressbar' : null",
    '[attr.aria-label]': 'label() || null',
    '[attr.aria-hidden]': "label() ? null : 'true'",
    '[class.skeleton-rows]': "shape() === 'rows'",
    '[class.skeleton-line]': "shape() === 'line'",
    '[class.skeleton-pill]': "shape() === 'pill'",
    '[class.skeleton-circle]': "shape() === 'circle'",
    '[style.--skeleton-width]': 'width()',
    '[style.--skeleton-size]': 'size()',
    'data-testid': 'skeleton',
  },
  template: `
    @if (shape() === 'rows') {
      @for (row of rowList(); track row) {
        <span class="bone row" [style.inline-size]="rowWidth(row)"></span>
      }
    } @else {
      <span class="bone"></span>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    :host(.skeleton-pill),
    :host(.skeleton-circle) {
      display: inline-block;
      vertical-align: middle;
    }
    .bone {
      display: block;
      border-radius: var(--mat-sys-corner-small, 4px);
      background: linear-gradient(
        90deg,
        var(--mat-sys-surface-container-highest, #e3e3e3) 0%,
        var(--mat-sys-surface-container-high, #ececec) 50%,
        var(--mat-sys-surface-container-highest, #e3e3e3) 100%
      );
      background-size: 200% 100%;
      animation: shimmer 1.4s ease-in-out infinite;
    }
    :host(.skeleton-line) .bone {
      inline-size: var(--skeleton-width, 100%);
      block-size: 1em;
    }
    :host(.skeleton-pill) .bone {
      inline-size: var(--skeleton-width, 96px);
      block-size: var(--skeleton-size, 36px);
      border-radius: var(--mat-sys-corner-full, 999px);
    }
    :host(.skeleton-circle) .bone {
      inline-size: var(--skeleton-size, 32px);
      block-size: var(--skeleton-size, 32px);
      border-radius: 50%;
    }
    :host(.skeleton-rows) {
      display: flex;
      flex-direction: column;
      gap: 12px;
      padding: 16px;
      border: 1px solid var(--mat-sys-outline-variant, #ccc);
      border-radius: var(--mat-sys-corner-large, 16px);
    }
    .row {
      block-size: 20px;
    }
    @keyframes shimmer {
      from {
        background-position: 100% 0;
      }
      to {
        background-position: -100% 0;
      }
    }
    @media (prefers-reduced-motion: reduce) {
      .bone {
        animation: none;
      }
    }
  `,
})
export class Skeleton {
  readonly shape = input<'rows' | 'line' | 'pill' | 'circle'>('rows');
  /** How many lines for `rows`. */
  readonly rows = input(3);
  /** Inline size of a `line` or a `pill` (CSS length). */
  readonly width = input<string | null>(null);
  /** Block size of a `pill`, diameter of a `circle` (CSS length). */
  readonly size = input<string | null>(null);
  /** Accessible name while loading; empty for a decorative piece of a larger skeleton. */
  readonly label = input($localize`:@@ui.loading:Loading`);

  protected readonly rowList = computed(() => Array.from({ length: Math.max(1, this.rows()) }, (_, i) => i));
  /** Rows of slightly different lengths read as content, identical bars as a pattern. */
  protected rowWidth(row: number): string {
    return `${[100, 92, 84, 96, 88][row % 5]}%`;
  }
}
