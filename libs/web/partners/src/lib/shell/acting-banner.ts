import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { Icon } from '@manager/web-ui/icons';

/** Under the top bar while the user works in a client organization for their partner organization. */
@Component({
  selector: 'mgr-acting-banner',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [Icon],
  host: { role: 'status', 'data-testid': 'acting-banner' },
  template: `
    <mat-icon svgIcon="handshake" aria-hidden="true" />
    <span>{{ text() }}</span>
  `,
  styles: `
    :host {
      display: flex;
      align-items: center;
      justify-content: center;
      gap: 8px;
      padding: 8px 16px;
      /* Secondary, not tertiary: the blue tertiary palette turns a glaring pure blue in dark mode. */
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
      font: var(--mat-sys-label-large);
      text-align: center;
      border-block-end: 1px solid var(--mat-sys-outline-variant);
    }
    mat-icon {
      flex: none;
      inline-size: 20px;
      block-size: 20px;
    }
  `,
})
export class ActingBanner {
  readonly text = input.required<string>();
}
