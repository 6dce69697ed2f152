import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogActions, MatDialogClose, MatDialogContent, MatDialogRef, MatDialogTitle } from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { BillingOwner, PartnershipAccess } from '@manager/domain';
import { RequestClientAccessDocument, apiError } from '@manager/web-data-access';
import { applyServerError, errorField } from '@manager/web-ui';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { unreachableMessage } from '../shared/partner-labels';

export interface RequestAccessDialogData {
  partnerOrganizationId: string;
  partnerName: string;
}

export const MESSAGE_MAX = 500;

/** The partner asks a client for access, by the email of the client's legal responsible. */
@Component({
  selector: 'mgr-request-access-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatDialogTitle, MatDialogContent, MatDialogActions, MatDialogClose, MatButton, MatFormField, MatLabel, MatHint, MatError, MatInput, MatRadioGroup, MatRadioButton],
  template: `
    <form [formGroup]="form" (ngSubmit)="send()">
      <h2 mat-dialog-title i18n="@@partners.clients.askForAccess">Ask a client for access</h2>
      <mat-dialog-content>
        <p class="muted" i18n="@@partners.requestAccess.intro">Enter the email address of the client's legal responsible: they receive your request by email, and accept it, change it or refuse it.</p>
        <mat-form-field appearance="outline" class="field">
          <mat-label i18n="@@partners.requestAccess.email">Legal responsible's email</mat-label>
          <input matInput type="email" formControlName="legalResponsibleEmail" autocomplete="off" cdkFocusInitial />
          @if (form.controls.legalResponsibleEmail.hasError('server')) {
            <mat-error>{{ form.controls.legalResponsibleEmail.getError('server') }}</mat-error>
          } @else if (form.controls.legalResponsibleEmail.invalid) {
            <mat-error i18n="@@partners.requestAccess.emailInvalid">Enter a valid email address.</mat-error>
          }
        </mat-form-field>

        <p class="label" id="request-access-label" i18n="@@partners.requestAccess.accessLabel">Access you ask for</p>
        <mat-radio-group formControlName="access" aria-labelledby="request-access-label" class="radios">
          <mat-radio-button value="LIMITED" data-testid="request-access-limited" i18n="@@partners.requestAccess.limited">Limited access: the products the client chooses</mat-radio-button>
          <mat-radio-button value="COMPLETE" data-testid="request-access-complete" i18n="@@partners.requestAccess.complete">Complete access: every product, and ordering</mat-radio-button>
        </mat-radio-group>

        @if (form.controls.access.value === 'COMPLETE') {
          <p class="label" id="request-billing-label" i18n="@@partners.requestAccess.billingLabel">Who pays (your proposal; the client decides)</p>
          <mat-radio-group formControlName="billingOwner" aria-labelledby="request-billing-label" class="radios">
            <mat-radio-button value="CLIENT" i18n="@@partners.requestAccess.clientPays">The client pays, also for your orders at the public price, and you earn a cashback</mat-radio-button>
            <mat-radio-button value="PARTNER" i18n="@@partners.requestAccess.partnerPays">{{ data.partnerName }} pays, at its reseller price, and holds the invoices</mat-radio-button>
          </mat-radio-group>
          @if (billingMissing()) {
            <p class="error" role="alert" i18n="@@partners.requestAccess.billingMissing">Propose who pays with complete access.</p>
          }
        }

        <mat-form-field appearance="outline" class="field">
          <mat-label i18n="@@partners.requestAccess.message">Message (optional)</mat-label>
          <textarea matInput formControlName="message" rows="3" [maxlength]="max"></textarea>
          <mat-hint align="end">{{ form.controls.message.value.length }} / {{ max }}</mat-hint>
          @if (form.controls.message.hasError('server')) {
            <mat-error>{{ form.controls.message.getError('server') }}</mat-error>
          }
        </mat-form-field>
        @if (error(); as text) {
          <p class="error" role="alert">{{ text }}</p>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close i18n="@@partners.endDialog.cancel">Cancel</button>
        <button mat-flat-button type="submit" [disabled]="saving()">
          @if (saving()) {
            <ng-container i18n="@@partners.requestAccess.sending">Sending…</ng-container>
          } @else {
            <ng-container i18n="@@partners.requestAccess.submit">Send the request</ng-container>
          }
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .field {
      inline-size: 100%;
    }
    .muted {
      margin: 0 0 16px;
      color: var(--mat-sys-on-surface-variant);
      max-inline-size: 56ch;
    }
    .label {
      margin: 8px 0 4px;
      font: var(--mat-sys-title-small);
      color: var(--mat-sys-on-surface);
    }
    .radios {
      display: flex;
      flex-direction: column;
      margin-block-end: 12px;
    }
    .error {
      color: var(--mat-sys-error);
    }
  `,
})
export class RequestAccessDialog {
  private readonly apollo = inject(Apollo);
  private readonly dialogRef = inject<MatDialogRef<RequestAccessDialog, string>>(MatDialogRef);
  protected readonly data = inject<RequestAccessDialogData>(MAT_DIALOG_DATA);
  protected readonly max = MESSAGE_MAX;
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly billingMissing = signal(false);
  protected readonly form = new FormGroup({
    legalResponsibleEmail: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.email] }),
    access: new FormControl<PartnershipAccess>('LIMITED', { nonNullable: true }),
    billingOwner: new FormControl<BillingOwner | null>(null),
    message: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(MESSAGE_MAX)] }),
  });

  protected async send(): Promise<void> {
    this.form.markAllAsTouched();
    const value = this.form.getRawValue();
    this.billingMissing.set(value.access === 'COMPLETE' && !value.billingOwner);
    if (this.form.invalid || this.billingMissing() || this.saving()) return;
    this.saving.set(true);
    this.error.set(null);
    try {
      const r = await firstValueFrom(
        this.apollo.mutate({
          mutation: RequestClientAccessDocument,
          variables: {
            input: {
              partnerOrganizationId: this.data.partnerOrganizationId,
              legalResponsibleEmail: value.legalResponsibleEmail.trim(),
              access: value.access,
              billingOwner: value.access === 'COMPLETE' ? value.billingOwner : null,
              message: value.message.trim() || null,
            },
          },
        }),
      );
      this.dialogRef.close(r.data?.requestClientAccess.requestedEmail ?? value.legalResponsibleEmail);
    } catch (e) {
      const problem = apiError(e);
      const placed = problem && applyServerError(this.form, errorField(problem.extensions), problem.message);
      if (!placed) this.error.set(problem?.message ?? unreachableMessage());
    } finally {
      this.saving.set(false);
    }
  }
}
