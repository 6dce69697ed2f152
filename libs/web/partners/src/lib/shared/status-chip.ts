import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { PartnershipStatus } from '@manager/domain';
import { PARTNERSHIP_STATUS_LABELS } from './partner-labels';

/** A partnership's status as a small coloured label. */
@Component({
  selector: 'mgr-status-chip',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `{{ label() }}`,
  host: { '[class]': '"chip " + status().toLowerCase()', '[attr.data-status]': 'status()' },
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
    :host(.active) {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    :host(.pending) {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    :host(.refused),
    :host(.terminated) {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
  `,
})
export class StatusChip {
  readonly status = input.required<PartnershipStatus>();
  protected readonly label = computed(() => PARTNERSHIP_STATUS_LABELS[this.status()]);
}
