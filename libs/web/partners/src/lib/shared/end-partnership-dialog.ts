import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormsModule, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogActions, MatDialogClose, MatDialogContent, MatDialogRef, MatDialogTitle } from '@angular/material/dialog';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { TerminationImpactSummary } from '@manager/web-billing/partnership';
import { TerminatePartnershipDocument, apiError } from '@manager/web-data-access';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { unreachableMessage } from './partner-labels';

export interface EndPartnershipDialogData {
  partnershipId: string;
  /** The other side's name: the partner (client side) or the client (partner side). */
  otherName: string;
  side: 'CLIENT' | 'PARTNER';
}

/**
 * "End the partnership", confirmed twice as in the reference Manager: a first question, then the
 * signed-in user's password. A wrong password stays on the field; closes with `true` once ended.
 */
@Component({
  selector: 'mgr-end-partnership-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, ReactiveFormsModule, MatDialogTitle, MatDialogContent, MatDialogActions, MatDialogClose, MatButton, MatFormField, MatLabel, MatInput, MatError, TerminationImpactSummary],
  template: `
    @if (step() === 'confirm') {
      <h2 mat-dialog-title i18n="@@partners.endDialog.title">End the partnership with {{ data.otherName }}?</h2>
      <mat-dialog-content>
        <p>{{ consequence }}</p>
        <mgr-termination-impact [partnershipId]="data.partnershipId" />
        <p i18n="@@partners.endDialog.irreversible">Both sides are told by email. This cannot be undone: a new partnership needs a new invitation.</p>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" [mat-dialog-close]="false" i18n="@@partners.endDialog.cancel">Cancel</button>
        <button mat-flat-button type="button" class="destructive" (click)="step.set('password')" cdkFocusInitial i18n="@@partners.endDialog.continue">End the partnership</button>
      </mat-dialog-actions>
    } @else {
      <form (ngSubmit)="terminate()">
        <h2 mat-dialog-title i18n="@@partners.endDialog.passwordTitle">Confirm with your password</h2>
        <mat-dialog-content>
          <p i18n="@@partners.endDialog.passwordExplained">Enter the password you log in with to end the partnership with {{ data.otherName }} for good.</p>
          <mat-form-field appearance="outline" class="field" subscriptSizing="dynamic">
            <mat-label i18n="@@partners.endDialog.password">Password</mat-label>
            <input matInput type="password" autocomplete="current-password" [formControl]="password" cdkFocusInitial />
            @if (password.hasError('server')) {
              <mat-error>{{ password.getError('server') }}</mat-error>
            } @else if (password.hasError('required')) {
              <mat-error i18n="@@partners.endDialog.passwordRequired">Enter your password.</mat-error>
            }
          </mat-form-field>
          @if (error(); as text) {
            <p class="error" role="alert">{{ text }}</p>
          }
        </mat-dialog-content>
        <mat-dialog-actions align="end">
          <button mat-button type="button" [mat-dialog-close]="false" i18n="@@partners.endDialog.cancel">Cancel</button>
          <button mat-flat-button type="submit" class="destructive" [disabled]="saving()">
            @if (saving()) {
              <ng-container i18n="@@partners.endDialog.ending">Ending…</ng-container>
            } @else {
              <ng-container i18n="@@partners.endDialog.submit">End the partnership</ng-container>
            }
          </button>
        </mat-dialog-actions>
      </form>
    }
  `,
  styles: `
    p {
      margin: 0 0 12px;
      max-inline-size: 52ch;
    }
    .field {
      inline-size: 100%;
    }
    .error {
      color: var(--mat-sys-error);
    }
    .destructive {
      --mat-button-filled-container-color: var(--mat-sys-error);
      --mat-button-filled-label-text-color: var(--mat-sys-on-error);
    }
  `,
})
export class EndPartnershipDialog {
  private readonly apollo = inject(Apollo);
  private readonly dialogRef = inject<MatDialogRef<EndPartnershipDialog, boolean>>(MatDialogRef);
  protected readonly data = inject<EndPartnershipDialogData>(MAT_DIALOG_DATA);

  protected readonly step = signal<'confirm' | 'password'>('confirm');
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly password = new FormControl('', { nonNullable: true, validators: [Validators.required] });
  protected readonly consequence =
    this.data.side === 'CLIENT'
      ? $localize`:@@partners.endDialog.consequenceForClient:${this.data.otherName}:partnerName: immediately loses access to your organization and its products.`
      : $localize`:@@partners.endDialog.consequenceForPartner:Your organization immediately loses access to ${this.data.otherName}:clientName: and its products.`;

  protected async terminate(): Promise<void> {
    this.password.markAsTouched();
    if (this.password.invalid || this.saving()) return;
    this.saving.set(true);
    this.error.set(null);
    try {
      await firstValueFrom(
        this.apollo.mutate({
          mutation: TerminatePartnershipDocument,
          variables: { input: { partnershipId: this.data.partnershipId, password: this.password.value } },
        }),
      );
      this.dialogRef.close(true);
    } catch (e) {
      const problem = apiError(e);
      if (problem?.extensions['field'] === 'password') {
        this.password.setErrors({ server: problem.message });
      } else {
        this.error.set(problem?.message ?? unreachableMessage());
      }
    } finally {
      this.saving.set(false);
    }
  }
}
