import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { ProductState } from '@manager/web-data-access';

/** The state's word, on the chip. */
export const PRODUCT_STATE_LABELS: Record<ProductState, string> = {
  ACTIVE: $localize`:@@dashboard.productState.active:Active`,
  EXPIRING: $localize`:@@dashboard.productState.expiring:Expiring`,
  EXPIRED: $localize`:@@dashboard.productState.expired:Expired`,
};

/** Where a product stands against its renewal date, as a small coloured label (the API decides: 30 days). */
@Component({
  selector: 'mgr-product-state-chip',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `{{ label() }}`,
  host: {
    class: 'chip',
    '[class.expiring]': "state() === 'EXPIRING'",
    '[class.expired]': "state() === 'EXPIRED'",
    '[attr.data-state]': 'state()',
  },
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
    :host(.expiring) {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    :host(.expired) {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
  `,
})
export class ProductStateChip {
  readonly state = input.required<ProductState>();
  protected readonly label = computed(() => PRODUCT_STATE_LABELS[this.state()]);
}
