import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormsModule, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogActions, MatDialogClose, MatDialogContent, MatDialogRef, MatDialogTitle } from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { API_TOKEN_PREFIXES, API_TOKEN_RULES } from '@manager/domain';
import { type ApiTokenRowFragment, RotateApiTokenDocument, apiError } from '@manager/web-data-access';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { SecretReveal } from '../shared/secret-reveal';
import { UNREACHABLE } from '../shared/token-vocabulary';

export interface RotateTokenDialogData {
  token: ApiTokenRowFragment;
}

/** 0..7 days, in words. */
export const GRACE_PERIODS: readonly { days: number; label: string }[] = Array.from({ length: API_TOKEN_RULES.maxGracePeriodDays + 1 }, (_, days) => ({
  days,
  label:
    days === 0
      ? $localize`:@@developer.rotate.grace.none:No time: it stops at once`
      : days === 1
        ? $localize`:@@developer.rotate.grace.oneDay:1 day`
        : $localize`:@@developer.rotate.grace.days:${days}:days: days`,
}));

/**
 * Rotation: a new secret for the same token (name, permissions, clients and expiry kept), the old
 * one working for a grace period the person chooses, confirmed with the password; then the new
 * secret, once. Closes with the rotated token (or nothing when cancelled).
 */
@Component({
  selector: 'mgr-rotate-token-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    // FormsModule for ngSubmit on <form> (NgForm); the fields are reactive controls.
    FormsModule,
    ReactiveFormsModule,
    MatDialogTitle,
    MatDialogContent,
    MatDialogActions,
    MatDialogClose,
    MatButton,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    MatSelect,
    MatOption,
    SecretReveal,
  ],
  template: `
    @if (secret(); as text) {
      <h2 mat-dialog-title i18n="@@developer.rotate.newSecret">New secret for “{{ data.token.name // i18n(ph="NAME") }}”</h2>
      <mat-dialog-content>
        <mgr-secret-reveal [secret]="text" [prefix]="prefix" />
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-flat-button type="button" (click)="done()" cdkFocusInitial i18n="@@developer.rotate.done">Done</button>
      </mat-dialog-actions>
    } @else {
      <form (ngSubmit)="rotate()">
        <h2 mat-dialog-title i18n="@@developer.rotate.title">Rotate “{{ data.token.name // i18n(ph="NAME") }}”?</h2>
        <mat-dialog-content>
          <p i18n="@@developer.rotate.explanation">
            The token gets a new secret. Its name, permissions, clients and expiry stay the same. Scripts must switch to the new
            secret before the old one stops working.
          </p>
          <mat-form-field appearance="outline" class="field" subscriptSizing="dynamic">
            <mat-label i18n="@@developer.rotate.grace.label">The old secret keeps working for</mat-label>
            <mat-select [formControl]="grace" data-testid="grace-period">
              @for (option of gracePeriods; track option.days) {
                <mat-option [value]="option.days">{{ option.label }}</mat-option>
              }
            </mat-select>
            <mat-hint i18n="@@developer.rotate.grace.hint">Up to {{ maxGrace // i18n(ph="DAYS") }} days: time to deploy the new secret</mat-hint>
          </mat-form-field>
          <mat-form-field appearance="outline" class="field">
            <mat-label i18n="@@developer.rotate.password.label">Your password</mat-label>
            <input matInput type="password" autocomplete="current-password" [formControl]="password" cdkFocusInitial />
            @if (password.hasError('server')) {
              <mat-error>{{ password.getError('server') }}</mat-error>
            } @else if (password.hasError('required')) {
              <mat-error i18n="@@developer.rotate.password.required">Enter your password.</mat-error>
            }
          </mat-form-field>
          @if (error(); as text) {
            <p class="error" role="alert">{{ text }}</p>
          }
        </mat-dialog-content>
        <mat-dialog-actions align="end">
          <button mat-button type="button" [mat-dialog-close]="undefined" i18n="@@developer.rotate.cancel">Cancel</button>
          <button mat-flat-button type="submit" [disabled]="saving()" i18n="@@developer.rotate.submit">{saving(), select, true {Rotating…} other {Rotate}}</button>
        </mat-dialog-actions>
      </form>
    }
  `,
  styles: `
    p {
      margin: 0 0 16px;
      max-inline-size: 56ch;
    }
    .field {
      display: block;
      inline-size: 100%;
      margin-block-end: 16px;
    }
    .error {
      color: var(--mat-sys-error);
    }
  `,
})
export class RotateTokenDialog {
  private readonly apollo = inject(Apollo);
  private readonly dialogRef = inject<MatDialogRef<RotateTokenDialog, ApiTokenRowFragment>>(MatDialogRef);
  protected readonly data = inject<RotateTokenDialogData>(MAT_DIALOG_DATA);

  protected readonly gracePeriods = GRACE_PERIODS;
  protected readonly maxGrace = API_TOKEN_RULES.maxGracePeriodDays;
  protected readonly prefix = API_TOKEN_PREFIXES[this.data.token.kind];
  protected readonly grace = new FormControl(0, { nonNullable: true });
  protected readonly password = new FormControl('', { nonNullable: true, validators: [Validators.required] });
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly secret = signal<string | null>(null);
  private rotated: ApiTokenRowFragment | null = null;

  protected async rotate(): Promise<void> {
    this.password.markAsTouched();
    if (this.password.invalid || this.saving()) return;
    this.saving.set(true);
    this.error.set(null);
    try {
      const result = await firstValueFrom(
        this.apollo.mutate({
          mutation: RotateApiTokenDocument,
          variables: { input: { tokenId: this.data.token.id, gracePeriodDays: this.grace.value, password: this.password.value } },
        }),
      );
      const payload = result.data?.rotateApiToken;
      if (!payload) throw new Error('no payload');
      this.rotated = payload.token;
      // The secret shows once: a stray click outside or Escape must not throw it away.
      this.dialogRef.disableClose = true;
      this.password.reset();
      this.secret.set(payload.secret);
    } catch (e) {
      const problem = apiError(e);
      if (problem?.extensions['field'] === 'password') this.password.setErrors({ server: problem.message });
      else this.error.set(problem?.message ?? UNREACHABLE);
    } finally {
      this.saving.set(false);
    }
  }

  protected done(): void {
    this.dialogRef.close(this.rotated ?? undefined);
  }
}
