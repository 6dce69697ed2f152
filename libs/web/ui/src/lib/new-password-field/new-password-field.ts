import { ChangeDetectionStrategy, Component, computed, effect, input, signal, untracked } from '@angular/core';
import { AbstractControl, FormControl, ReactiveFormsModule, ValidationErrors, ValidatorFn } from '@angular/forms';
import { MatIconButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { checkPassword, loadPasswordAdvice, loadPasswordEstimator, type PasswordEstimator } from '@manager/domain';
import { activeLanguage } from '../language/language-preference';
import { passwordFeedback, type EstimatorState } from './password-feedback';
import { Icon } from '../icons/icon';

let nextId = 0;

/**
 * A field where a person chooses a new password (sign-up, invitation, reset, change), with a
 * strength meter and the shared policy's advice under it as they type.
 *
 * The policy's dictionaries (`loadPasswordEstimator`, a few megabytes) are fetched when the field
 * first appears, never with the sign-in screen. The estimator's warning and tips are shown in the
 * page's language: `loadPasswordAdvice` brings that language's zxcvbn-ts translations only. The field adds the policy as a validator of
 * `control` (error `passwordPolicy`, with the sentence), so the form cannot be submitted with a
 * password the API would refuse; the API checks again, and its error (`server`) shows here too.
 *
 * @example
 * <mgr-new-password-field [control]="form.controls.password" [email]="email()" [name]="name()" />
 */
@Component({
  selector: 'mgr-new-password-field',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatFormField, MatLabel, MatInput, MatError, MatSuffix, MatIconButton, Icon],
  template: `
    <mat-form-field appearance="outline" subscriptSizing="dynamic">
      <mat-label>{{ label() }}</mat-label>
      <input
        matInput
        [type]="visible() ? 'text' : 'password'"
        [formControl]="control()"
        autocomplete="new-password"
        autocapitalize="off"
        spellcheck="false"
        required
        [aria-describedby]="feedbackId"
      />
      <button
        mat-icon-button
        matSuffix
        type="button"
        [attr.aria-label]="visible() ? hideLabel : showLabel"
        [attr.aria-pressed]="visible()"
        (click)="visible.set(!visible())"
      >
        <mat-icon [svgIcon]="visible() ? 'visibility-off' : 'visibility'" aria-hidden="true" />
      </button>
      <mat-error>{{ errorText() }}</mat-error>
    </mat-form-field>

    <div class="strength" [id]="feedbackId" data-testid="password-strength" [attr.data-level]="feedback().level">
      <div class="meter-row">
        <div
          class="meter"
          role="meter"
          aria-label="Password strength"
          i18n-aria-label="@@ui.newPassword.strength"
          aria-valuemin="0"
          aria-valuemax="4"
          [attr.aria-valuenow]="feedback().level"
          [attr.aria-valuetext]="feedback().label || noPasswordYet"
          [class.ok]="feedback().ok && feedback().level >= 3"
        >
          @for (bar of bars; track bar) {
            <span class="bar" [class.on]="feedback().level >= bar"></span>
          }
        </div>
        <span class="label" aria-hidden="true">{{ feedback().label }}</span>
        @if (feedback().counter) {
          <span class="counter" aria-hidden="true">{{ feedback().counter }}</span>
        }
      </div>
      <p class="message" aria-live="polite" data-testid="password-feedback">{{ feedback().message }}</p>
      @if (feedback().tips.length) {
        <ul class="tips">
          @for (tip of feedback().tips; track tip) {
            <li>{{ tip }}</li>
          }
        </ul>
      }
    </div>
  `,
  styles: `
    :host {
      display: block;
      margin-block-end: 12px;
    }
    mat-form-field {
      inline-size: 100%;
    }
    .strength {
      padding-inline: 4px;
      margin-block-start: 8px;
    }
    .meter-row {
      display: flex;
      align-items: center;
      gap: 12px;
      min-block-size: 20px;
    }
    .meter {
      flex: 1;
      display: grid;
      grid-template-columns: repeat(4, 1fr);
      gap: 4px;
    }
    .bar {
      block-size: 4px;
      border-radius: 2px;
      background: var(--mat-sys-surface-container-highest);
      transition: background-color 150ms ease;
    }
    .bar.on {
      background: var(--mat-sys-error);
    }
    .meter.ok .bar.on {
      background: var(--mat-sys-primary);
    }
    .label {
      min-inline-size: 88px;
      text-align: end;
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .counter {
      font: var(--mat-sys-label-medium);
      font-variant-numeric: tabular-nums;
      color: var(--mat-sys-on-surface-variant);
    }
    .message {
      margin: 6px 0 0;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .tips {
      margin: 4px 0 0;
      padding-inline-start: 18px;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    @media (prefers-reduced-motion: reduce) {
      .bar {
        transition: none;
      }
    }
  `,
})
export class NewPasswordField {
  readonly control = input.required<FormControl<string>>();
  readonly label = input($localize`:@@ui.newPassword.label:Password`);
  /** The account's email and name: the password must not be built from them. */
  readonly email = input<string | null | undefined>(null);
  readonly name = input<string | null | undefined>(null);

  protected readonly showLabel = $localize`:@@ui.newPassword.show:Show password`;
  protected readonly hideLabel = $localize`:@@ui.newPassword.hide:Hide password`;
  protected readonly noPasswordYet = $localize`:@@ui.newPassword.empty:No password yet`;
  protected readonly feedbackId = `mgr-new-password-feedback-${nextId++}`;
  protected readonly bars = [1, 2, 3, 4] as const;
  protected readonly visible = signal(false);

  private readonly estimator = signal<PasswordEstimator | null>(null);
  private readonly estimatorState = signal<EstimatorState>('loading');
  private readonly value = signal('');
  private readonly errors = signal<ValidationErrors | null>(null);
  private readonly language = activeLanguage();
  /** Bumped when the language's advice has loaded: the tips already shown are given again in it. */
  private readonly adviceLoaded = signal(0);

  private readonly verdict = computed(() =>
    checkPassword(this.value(), { email: this.email(), name: this.name() }, this.estimator() ?? undefined),
  );
  protected readonly feedback = computed(() => {
    this.adviceLoaded();
    return passwordFeedback(this.value(), this.verdict(), this.estimatorState(), this.language);
  });
  protected readonly errorText = computed(() => {
    const errors = this.errors();
    if (!errors) return '';
    if (typeof errors['server'] === 'string') return errors['server'];
    if (errors['required']) return $localize`:@@ui.newPassword.required:Choose a password.`;
    return typeof errors['passwordPolicy'] === 'string' ? errors['passwordPolicy'] : $localize`:@@ui.newPassword.rejected:Choose another password.`;
  });

  /** The policy as a validator; reads the current owner and estimator each time it runs. */
  private readonly validator: ValidatorFn = (control: AbstractControl): ValidationErrors | null => {
    const password = String(control.value ?? '');
    if (!password) return null;
    const verdict = checkPassword(password, { email: this.email(), name: this.name() }, this.estimator() ?? undefined);
    return verdict.acceptable ? null : { passwordPolicy: passwordFeedback(password, verdict, this.estimatorState(), this.language).message };
  };

  constructor() {
    loadPasswordEstimator().then(
      (estimator) => {
        this.estimator.set(estimator);
        this.estimatorState.set('ready');
      },
      () => this.estimatorState.set('unavailable'),
    );
    // English until it arrives (a failed download keeps English: the advice is still right).
    loadPasswordAdvice(this.language).then(
      () => this.adviceLoaded.update((count) => count + 1),
      () => undefined,
    );
    effect((onCleanup) => {
      const control = this.control();
      untracked(() => {
        control.addValidators(this.validator);
        control.updateValueAndValidity();
        this.value.set(control.value ?? '');
        this.errors.set(control.errors);
      });
      const subscription = control.events.subscribe(() => {
        this.value.set(control.value ?? '');
        this.errors.set(control.errors);
      });
      onCleanup(() => {
        subscription.unsubscribe();
        control.removeValidators(this.validator);
      });
    });
    // A new estimator, email or name changes the verdict of what is already typed.
    effect(() => {
      this.estimator();
      this.email();
      this.name();
      const control = untracked(() => this.control());
      untracked(() => {
        if (control.value) control.updateValueAndValidity();
      });
    });
  }
}
