import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { initials } from '../format/format';

/** A round badge with a person's initials. Decorative: the name is always shown or labelled nearby. */
@Component({
  selector: 'mgr-avatar',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { 'aria-hidden': 'true', '[class.large]': 'size() === "large"' },
  template: `{{ letters() }}`,
  styles: `
    :host {
      display: inline-grid;
      place-items: center;
      inline-size: 32px;
      block-size: 32px;
      border-radius: 50%;
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
      font: var(--mat-sys-label-large);
      flex: none;
      user-select: none;
    }
    :host(.large) {
      inline-size: 40px;
      block-size: 40px;
      font: var(--mat-sys-title-medium);
    }
  `,
})
export class Avatar {
  readonly name = input.required<string>();
  readonly size = input<'small' | 'large'>('small');
  protected readonly letters = computed(() => initials(this.name()));
}
