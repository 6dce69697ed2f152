import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogActions, MatDialogClose, MatDialogContent, MatDialogRef, MatDialogTitle } from '@angular/material/dialog';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { BillingOwner } from '@manager/domain';
import { BillingOwnerChangePreviewDocument, ChangeBillingOwnerDocument, apiError } from '@manager/web-data-access';
import { Apollo } from 'apollo-angular';
import { Subscription, firstValueFrom } from 'rxjs';
import { unreachable } from '../shared/unreachable';

export interface BillingOwnerDialogData {
  partnershipId: string;
  partnerName: string;
  current: BillingOwner;
}


/**
 * The payment method of a COMPLETE partnership (the reference Manager's pencil next to "Payment"):
 * pick who pays, read what will change (the API's preview sentences), then confirm.
 * Closes with the new billing owner once changed.
 */
@Component({
  selector: 'mgr-billing-owner-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatDialogTitle, MatDialogContent, MatDialogActions, MatDialogClose, MatButton, MatRadioGroup, MatRadioButton, MatProgressBar],
  template: `
    <h2 mat-dialog-title i18n="@@billing.billingOwner.title">Payment method with {{ data.partnerName }}</h2>
    <mat-dialog-content>
      <mat-radio-group class="choices" aria-label="Who pays for orders and renewals" i18n-aria-label="@@billing.billingOwner.choiceLabel" [value]="choice()" (change)="choose($event.value)">
        <mat-radio-button value="CLIENT" data-testid="billing-owner-client">
          <span class="choice">
            <strong i18n="@@billing.billingOwner.clientPays">You pay</strong>
            <span class="muted" i18n="@@billing.billingOwner.clientPaysHint">You keep the wallet and the invoices; {{ data.partnerName }} earns commissions.</span>
          </span>
        </mat-radio-button>
        <mat-radio-button value="PARTNER" data-testid="billing-owner-partner">
          <span class="choice">
            <strong i18n="@@billing.billingOwner.partnerPays">{{ data.partnerName }} pays</strong>
            <span class="muted" i18n="@@billing.billingOwner.partnerPaysHint">The partner handles invoicing and pays orders and renewals; its invoices stay with it.</span>
          </span>
        </mat-radio-button>
      </mat-radio-group>

      <div class="preview" data-testid="billing-owner-preview" aria-live="polite">
        @if (choice() === data.current) {
          <p class="muted" i18n="@@billing.billingOwner.current">This is the current payment method. Choose the other one to see what would change.</p>
        } @else if (loading()) {
          <mat-progress-bar mode="indeterminate" aria-label="Loading what will change" i18n-aria-label="@@billing.billingOwner.previewLoading" />
        } @else if (summary().length) {
          <h3 i18n="@@billing.billingOwner.previewHeading">What will change</h3>
          <ul>
            @for (line of summary(); track $index) {
              <li>{{ line }}</li>
            }
          </ul>
        }
      </div>
      @if (error(); as text) {
        <p class="error" role="alert">{{ text }}</p>
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="undefined" i18n="@@billing.dialog.cancel">Cancel</button>
      <button mat-flat-button type="button" (click)="confirm()" [disabled]="choice() === data.current || loading() || saving() || !summary().length">
        @if (saving()) {
          <ng-container i18n="@@billing.billingOwner.saving">Saving…</ng-container>
        } @else {
          <ng-container i18n="@@billing.billingOwner.submit">Change payment method</ng-container>
        }
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .choices {
      display: flex;
      flex-direction: column;
      gap: 8px;
      margin-block-end: 16px;
    }
    .choice {
      display: flex;
      flex-direction: column;
      padding-block: 4px;
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    .preview {
      padding: 12px 16px;
      border-radius: var(--mat-sys-corner-medium);
      background: var(--mat-sys-surface-container);
      color: var(--mat-sys-on-surface);
      min-block-size: 48px;
    }
    .preview p {
      margin: 0;
    }
    h3 {
      margin: 0 0 8px;
      font: var(--mat-sys-title-small);
    }
    ul {
      margin: 0;
      padding-inline-start: 20px;
    }
    li + li {
      margin-block-start: 4px;
    }
    .error {
      color: var(--mat-sys-error);
      margin: 12px 0 0;
    }
  `,
})
export class BillingOwnerDialog {
  private readonly apollo = inject(Apollo);
  private readonly dialogRef = inject<MatDialogRef<BillingOwnerDialog, BillingOwner | undefined>>(MatDialogRef);
  protected readonly data = inject<BillingOwnerDialogData>(MAT_DIALOG_DATA);

  protected readonly choice = signal<BillingOwner>(this.data.current === 'CLIENT' ? 'PARTNER' : 'CLIENT');
  protected readonly summary = signal<readonly string[]>([]);
  protected readonly loading = signal(false);
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);
  private preview?: Subscription;

  constructor() {
    this.loadPreview(this.choice());
  }

  protected choose(value: BillingOwner): void {
    this.choice.set(value);
    this.error.set(null);
    this.loadPreview(value);
  }

  protected async confirm(): Promise<void> {
    if (this.saving() || this.choice() === this.data.current) return;
    this.saving.set(true);
    this.error.set(null);
    try {
      const r = await firstValueFrom(
        this.apollo.mutate({ mutation: ChangeBillingOwnerDocument, variables: { input: { partnershipId: this.data.partnershipId, billingOwner: this.choice() } } }),
      );
      this.dialogRef.close(r.data?.changeBillingOwner.partnership.billingOwner ?? this.choice());
    } catch (e) {
      this.error.set(apiError(e)?.message ?? unreachable());
    } finally {
      this.saving.set(false);
    }
  }

  private loadPreview(billingOwner: BillingOwner): void {
    this.preview?.unsubscribe();
    this.summary.set([]);
    if (billingOwner === this.data.current) return;
    this.loading.set(true);
    this.preview = this.apollo
      .query({ query: BillingOwnerChangePreviewDocument, variables: { id: this.data.partnershipId, billingOwner }, fetchPolicy: 'network-only' })
      .subscribe({
        next: (r) => {
          this.summary.set(r.data?.partnership.billingOwnerChangePreview.summary ?? []);
          this.loading.set(false);
        },
        error: (e: unknown) => {
          this.error.set(apiError(e)?.message ?? unreachable());
          this.loading.set(false);
        },
      });
  }
}
