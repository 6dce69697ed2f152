import { ChangeDetectionStrategy, Component, ViewEncapsulation, input } from '@angular/core';

/** Material 3's button styles: filled (the page's main action), outlined, text. */
export type ButtonStyle = 'filled' | 'outlined' | 'text';

/**
 * Material's flat, stroked and text buttons on a native `<button>` or `<a>`, in CSS alone (no
 * ripple: the state layer darkens on hover, focus and press), with the theme's `--mat-sys-*`
 * tokens; 40 px high, so every target is above 24 px. The keyboard's ring is drawn outside the
 * button in the page's text colour, as styles.scss does for Material's buttons. An icon child
 * (`<mat-icon>`) comes before the label at 18 px.
 *
 * @example <button mgrButton="filled" type="submit">Log in</button>
 */
@Component({
  // eslint-disable-next-line @angular-eslint/component-selector -- an attribute on the native element, as MatButton
  selector: 'button[mgrButton], a[mgrButton]',
  changeDetection: ChangeDetectionStrategy.OnPush,
  encapsulation: ViewEncapsulation.None,
  host: {
    class: 'mgr-button',
    '[class.mgr-button--filled]': 'mgrButton() === "filled"',
    '[class.mgr-button--outlined]': 'mgrButton() === "outlined"',
    '[class.mgr-button--text]': 'mgrButton() === "text"',
  },
  template: '<ng-content />',
  styles: `
    .mgr-button {
      position: relative;
      box-sizing: border-box;
      display: inline-flex;
      align-items: center;
      justify-content: center;
      gap: 8px;
      min-inline-size: 64px;
      block-size: 40px;
      margin: 0;
      padding: 0 24px;
      overflow: hidden;
      border: none;
      border-radius: var(--mat-sys-corner-full);
      background: transparent;
      color: var(--mat-sys-primary);
      font: var(--mat-sys-label-large);
      letter-spacing: var(--mat-sys-label-large-tracking);
      text-decoration: none;
      cursor: pointer;
      user-select: none;
      -webkit-tap-highlight-color: transparent;
    }
    .mgr-button::before {
      content: '';
      position: absolute;
      inset: 0;
      background: currentColor;
      opacity: 0;
      pointer-events: none;
      transition: opacity 15ms linear;
    }
    .mgr-button:hover::before {
      opacity: 0.08;
    }
    .mgr-button:focus-visible::before,
    .mgr-button:active::before {
      opacity: 0.1;
    }
    .mgr-button:focus-visible {
      outline: 3px solid var(--mat-sys-on-surface);
      outline-offset: 2px;
    }
    .mgr-button--filled {
      background: var(--mat-sys-primary);
      color: var(--mat-sys-on-primary);
    }
    .mgr-button--outlined {
      border: 1px solid var(--mat-sys-outline);
    }
    .mgr-button--text {
      padding-inline: 12px;
    }
    .mgr-button:has(> mat-icon) {
      padding-inline-start: 16px;
    }
    .mgr-button > mat-icon.mat-icon {
      flex: none;
      inline-size: 18px;
      block-size: 18px;
    }
    .mgr-button:disabled {
      cursor: default;
      color: color-mix(in srgb, var(--mat-sys-on-surface) 38%, transparent);
    }
    .mgr-button:disabled::before {
      opacity: 0;
    }
    .mgr-button--filled:disabled {
      background: color-mix(in srgb, var(--mat-sys-on-surface) 12%, transparent);
    }
    .mgr-button--outlined:disabled {
      border-color: color-mix(in srgb, var(--mat-sys-on-surface) 12%, transparent);
    }
  `,
})
export class Button {
  readonly mgrButton = input<ButtonStyle>('text');
}
