import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { Icon } from '../icons/icon';

/** A centred message for "nothing here" and "cannot show this" pages; actions go in the content. */
@Component({
  selector: 'mgr-empty-state',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [Icon],
  template: `
    <mat-icon class="icon" [svgIcon]="icon()" aria-hidden="true" />
    @if (headingLevel() === 1) {
      <h1>{{ heading() }}</h1>
    } @else {
      <h2>{{ heading() }}</h2>
    }
    <p>{{ message() }}</p>
    <div class="actions"><ng-content /></div>
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
    .icon {
      inline-size: 48px;
      block-size: 48px;
      color: var(--mat-sys-on-surface-variant);
    }
    h1, h2 {
      margin: 8px 0 0;
      font: var(--mat-sys-headline-small);
    }
    p {
      margin: 0;
      max-inline-size: 48ch;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-large);
    }
    .actions:not(:empty) {
      margin-top: 16px;
    }
  `,
})
export class EmptyState {
  readonly icon = input('inventory');
  readonly heading = input.required<string>();
  readonly message = input('');
  readonly headingLevel = input<1 | 2>(1);
}
