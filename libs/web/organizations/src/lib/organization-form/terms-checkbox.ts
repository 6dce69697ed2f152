import { ChangeDetectionStrategy, ChangeDetectorRef, Component, effect, inject, input } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatCheckbox } from '@angular/material/checkbox';

/**
 * "I have read and accept the general terms of use", required. The link opens /terms in a new
 * tab so a half-filled form is not lost.
 */
@Component({
  selector: 'mgr-terms-checkbox',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatCheckbox],
  template: `
    <mat-checkbox [formControl]="control()" data-testid="accept-terms" [attr.aria-describedby]="showError() ? 'terms-error' : null">
      I have read and accept the <a href="/terms" target="_blank" rel="noopener">general terms of use</a>
    </mat-checkbox>
    @if (showError()) {
      <p id="terms-error" class="error" role="alert">
        {{ control().getError('server') ?? 'Accept the general terms of use to continue.' }}
      </p>
    }
  `,
  styles: `
    :host {
      display: block;
      margin-block: 8px;
    }
    .error {
      margin: 0 0 0 40px;
      color: var(--mat-sys-error);
      font: var(--mat-sys-body-small);
    }
  `,
})
export class TermsCheckbox {
  private readonly cdr = inject(ChangeDetectorRef);
  readonly control = input.required<FormControl<boolean>>();

  constructor() {
    effect((onCleanup) => {
      const sub = this.control().events.subscribe(() => this.cdr.markForCheck());
      onCleanup(() => sub.unsubscribe());
    });
  }

  protected showError(): boolean {
    const c = this.control();
    return c.invalid && c.touched;
  }
}
