import { ChangeDetectionStrategy, Component, inject, output, signal, viewChild } from '@angular/core';
import { FormControl, FormGroup, FormGroupDirective, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { FinishPasskeyRegistrationDocument, StartPasskeyRegistrationDocument, apiError } from '@manager/web-data-access';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';

/** Adds a passkey under a name (this device's fingerprint, face or PIN, or a security key). */
@Component({
  selector: 'mgr-passkey-add',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButton, MatFormField, MatLabel, MatInput, MatError],
  template: `
    <form class="add" [formGroup]="form" (ngSubmit)="add()" novalidate>
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label i18n="@@auth.passkeys.add.name">Passkey name</mat-label>
        <input matInput [formControl]="name" maxlength="60" required data-testid="passkey-name" />
        <mat-error>
          @if (error(); as text) {
            {{ text }}
          } @else {
            <ng-container i18n="@@auth.passkeys.add.nameRequired">Name the passkey, e.g. “Work laptop”.</ng-container>
          }
        </mat-error>
      </mat-form-field>
      <button mat-stroked-button type="submit" [disabled]="busy()" data-testid="passkey-add" i18n="@@auth.passkeys.add.submit">Add a passkey</button>
    </form>
    @if (error() && !name.invalid) {
      <p class="error" role="alert">{{ error() }}</p>
    }
  `,
  styles: `
    .add {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: 8px 12px;
    }
    mat-form-field {
      flex: 1 1 220px;
    }
    button {
      margin-block-start: 8px;
    }
    .error {
      margin: 8px 0 0;
      color: var(--mat-sys-error);
      font: var(--mat-sys-body-medium);
    }
  `,
})
export class PasskeyAdd {
  private readonly apollo = inject(Apollo);
  readonly added = output<readonly string[]>();
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly name = new FormControl('', { nonNullable: true, validators: [Validators.required] });
  protected readonly form = new FormGroup({ name: this.name });
  private readonly formDirective = viewChild.required(FormGroupDirective);

  protected async add(): Promise<void> {
    if (this.name.invalid) {
      this.name.markAsTouched();
      return;
    }
    this.busy.set(true);
    this.error.set(null);
    try {
      const start = await firstValueFrom(this.apollo.mutate({ mutation: StartPasskeyRegistrationDocument }));
      const optionsJson = start.data?.startPasskeyRegistration.optionsJson;
      if (!optionsJson) throw new Error('no options');
      const { startRegistration } = await import('@simplewebauthn/browser');
      const answer = await startRegistration({ optionsJSON: JSON.parse(optionsJson) });
      const finish = await firstValueFrom(
        this.apollo.mutate({
          mutation: FinishPasskeyRegistrationDocument,
          variables: { input: { name: this.name.value.trim(), responseJson: JSON.stringify(answer) } },
        }),
      );
      // Untouched and not submitted: no red error on a form that just succeeded.
      this.formDirective().resetForm();
      this.added.emit(finish.data?.finishPasskeyRegistration.recoveryCodes ?? []);
    } catch (e) {
      this.error.set(apiError(e)?.message ?? $localize`:@@auth.passkeys.add.failed:The passkey was not added. Try again.`);
    } finally {
      this.busy.set(false);
    }
  }
}
