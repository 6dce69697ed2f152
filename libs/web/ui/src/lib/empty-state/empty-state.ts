import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { Icon } from '../icons/icon';

/**
 * The one "nothing here" of the SPA: an icon, a heading, one sentence, and the actions that lead
 * on (projected). A whole page's ("No organization yet", "Page not found") is centred and large;
 * a section's list inside a page (`compact`: no invoice yet, no token yet) is the same message in
 * a framed box of the list's size, with its icon beside the words.
 *
 * @example
 * <mgr-empty-state icon="inventory" heading="No products yet" message="Products this organization orders will be listed here." />
 * <mgr-empty-state compact icon="key" heading="No personal token yet" message="Create one token per script." />
 */
@Component({
  selector: 'mgr-empty-state',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [Icon],
  host: { '[class.compact]': 'compact()' },
  template: `
    <mat-icon class="icon" [svgIcon]="icon()" aria-hidden="true" />
    <div class="words">
      @switch (compact() ? 3 : headingLevel()) {
        @case (1) {
          <h1>{{ heading() }}</h1>
        }
        @case (2) {
          <h2>{{ heading() }}</h2>
        }
        @default {
          <h3>{{ heading() }}</h3>
        }
      }
      @if (message()) {
        <p>{{ message() }}</p>
      }
      <div class="actions"><ng-content /></div>
    </div>
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      align-items: center;
      text-align: center;
      gap: 8px;
      padding: 48px 24px;
      color: var(--mat-sys-on-surface);
    }
    .words {
      display: flex;
      flex-direction: column;
      align-items: center;
      gap: 8px;
    }
    .icon {
      flex: none;
      inline-size: 48px;
      block-size: 48px;
      color: var(--mat-sys-on-surface-variant);
    }
    h1,
    h2,
    h3 {
      margin: 8px 0 0;
      font: var(--mat-sys-headline-small);
    }
    p {
      margin: 0;
      max-inline-size: 48ch;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-large);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      justify-content: center;
      gap: 8px;
    }
    .actions:not(:empty) {
      margin-top: 16px;
    }
    :host(.compact) {
      flex-direction: row;
      align-items: flex-start;
      text-align: start;
      gap: 16px;
      padding: 20px 24px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-large);
      background: var(--mat-sys-surface-container-lowest);
    }
    :host(.compact) .words {
      align-items: flex-start;
      gap: 4px;
    }
    :host(.compact) .icon {
      inline-size: 32px;
      block-size: 32px;
    }
    :host(.compact) h3 {
      margin: 4px 0 0;
      font: var(--mat-sys-title-medium);
    }
    :host(.compact) p {
      max-inline-size: 64ch;
      font: var(--mat-sys-body-medium);
    }
    :host(.compact) .actions {
      justify-content: flex-start;
    }
    :host(.compact) .actions:not(:empty) {
      margin-top: 8px;
    }
  `,
})
export class EmptyState {
  readonly icon = input('inventory');
  readonly heading = input.required<string>();
  readonly message = input('');
  readonly headingLevel = input<1 | 2 | 3>(1);
  /** A section's empty list inside a page, rather than the page's own message. */
  readonly compact = input(false, { transform: (value: boolean | '') => value !== false });
}
