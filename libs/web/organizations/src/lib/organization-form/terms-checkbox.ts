import { ChangeDetectionStrategy, ChangeDetectorRef, Component, effect, inject, input } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatCheckbox } from '@angular/material/checkbox';

/**
 * "I have read and accept the general terms of use", required. The link opens /terms in a new
 * tab so a half-filled form is not lost. `reason`, when given, says under the box why it is asked
 * (the details page asks at every save, as the reference Manager does).
 */
@Component({
  selector: 'mgr-terms-checkbox',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatCheckbox],
  template: `
    <mat-checkbox [formControl]="control()" data-testid="accept-terms" [attr.aria-describedby]="describedBy()">
      <ng-container i18n="@@organizations.terms.accept">I have read and accept the <a href="/terms" target="_blank" rel="noopener">general terms of use</a></ng-container>
    </mat-checkbox>
    @if (reason(); as text) {
      <p id="terms-reason" class="reason" data-testid="accept-terms-reason">{{ text }}</p>
    }
    @if (showError()) {
      <p id="terms-error" class="error" role="alert">
        @if (control().getError('server'); as server) {
          {{ server }}
        } @else {
          <ng-container i18n="@@organizations.terms.required">Accept the general terms of use to continue.</ng-container>
        }
      </p>
    }
  `,
  styles: `
    :host {
      display: block;
      margin-block: 8px;
    }
    .reason {
      margin: 0 0 4px 40px;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
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
  readonly reason = input('');

  constructor() {
    effect((onCleanup) => {
      const sub = this.control().events.subscribe(() => this.cdr.markForCheck());
      onCleanup(() => sub.unsubscribe());
    });
  }

  protected describedBy(): string | null {
    const ids = [this.reason() ? 'terms-reason' : '', this.showError() ? 'terms-error' : ''].filter(Boolean);
    return ids.length ? ids.join(' ') : null;
  }

  protected showError(): boolean {
    const c = this.control();
    return c.invalid && c.touched;
  }
}
