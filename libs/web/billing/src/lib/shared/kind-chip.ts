import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** A small coloured label for a ledger entry's or a commission's kind. */
@Component({
  selector: 'mgr-kind-chip',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `{{ label() }}`,
  host: { '[class]': '"chip " + kind().toLowerCase()', '[attr.data-kind]': 'kind()' },
  styles: `
    :host {
      display: inline-flex;
      align-items: center;
      padding: 2px 10px;
      border-radius: var(--mat-sys-corner-full);
      font: var(--mat-sys-label-medium);
      white-space: nowrap;
      background: var(--mat-sys-surface-container-highest);
      color: var(--mat-sys-on-surface-variant);
    }
    :host(.top_up),
    :host(.cashback) {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    :host(.commission),
    :host(.rebate) {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    :host(.reimbursement) {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
  `,
})
export class KindChip {
  readonly kind = input.required<string>();
  readonly label = input.required<string>();
}
