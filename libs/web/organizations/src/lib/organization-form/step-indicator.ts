import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** "Step 2 of 3" as a row of labelled dots; the current one is `aria-current="step"`. */
@Component({
  selector: 'mgr-step-indicator',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ol class="steps" aria-label="Progress" i18n-aria-label="@@organizations.steps.progress">
      @for (label of steps(); track label; let i = $index) {
        <li [class.done]="i < current()" [class.current]="i === current()" [attr.aria-current]="i === current() ? 'step' : null">
          <span class="dot" aria-hidden="true">{{ i + 1 }}</span>
          <span class="label">{{ label }}</span>
        </li>
      }
    </ol>
  `,
  styles: `
    .steps {
      display: flex;
      gap: 8px;
      margin: 0 0 24px;
      padding: 0;
      list-style: none;
    }
    li {
      flex: 1;
      display: flex;
      align-items: center;
      gap: 8px;
      padding-block-end: 8px;
      border-block-end: 3px solid var(--mat-sys-outline-variant);
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-label-large);
    }
    li.done,
    li.current {
      border-color: var(--mat-sys-primary);
    }
    li.current {
      color: var(--mat-sys-on-surface);
    }
    .dot {
      display: inline-grid;
      place-items: center;
      inline-size: 24px;
      block-size: 24px;
      border-radius: 50%;
      background: var(--mat-sys-surface-container-highest);
      font: var(--mat-sys-label-medium);
    }
    li.done .dot,
    li.current .dot {
      background: var(--mat-sys-primary);
      color: var(--mat-sys-on-primary);
    }
    @media (max-width: 520px) {
      li:not(.current) .label {
        display: none;
      }
    }
  `,
})
export class StepIndicator {
  readonly steps = input.required<readonly string[]>();
  readonly current = input.required<number>();
}
