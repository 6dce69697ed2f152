import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { ApiTokenStatus } from '@manager/web-data-access';
import { TOKEN_STATUS_LABELS } from './token-vocabulary';

/** A token's status (or "Blocked" on the client's side) as a small label; only "Active" is coloured. */
@Component({
  selector: 'mgr-token-status-chip',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `{{ label() }}`,
  host: { '[class]': '"chip " + state().toLowerCase()', '[attr.data-status]': 'state()' },
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
    :host(.disabled),
    :host(.suspended) {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    :host(.blocked) {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
  `,
})
export class TokenStatusChip {
  readonly state = input.required<ApiTokenStatus | 'BLOCKED'>();
  protected readonly label = computed(() => {
    const state = this.state();
    return state === 'BLOCKED' ? $localize`:@@developer.tokenStatus.blocked:Blocked` : TOKEN_STATUS_LABELS[state];
  });
}
