import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogActions, MatDialogClose, MatDialogContent, MatDialogRef, MatDialogTitle } from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel, MatPrefix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { TopUpWalletDocument, apiError } from '@manager/web-data-access';
import { DISPLAY_LOCALE, formatMoney } from '@manager/web-ui';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { newIdempotencyKey } from '../shared/idempotency';
import { MoneyValue, parseAmountMinor, topUpProblem } from '../shared/money';
import { unreachable } from '../shared/unreachable';

export interface TopUpDialogData {
  organizationId: string;
  organizationName: string;
  currency: string;
}

/**
 * "Top up" the wallet: an amount in the organization's currency (1.00 .. 100,000.00), paid through
 * the payment provider (the local fake confirms at once). Each submission of an amount carries its
 * own idempotency key; retrying that same amount after a lost answer reuses it (never a second
 * charge). Closes with the new balance.
 */
@Component({
  selector: 'mgr-top-up-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, MatDialogTitle, MatDialogContent, MatDialogActions, MatDialogClose, MatButton, MatFormField, MatLabel, MatHint, MatError, MatInput, MatPrefix],
  template: `
    <form (ngSubmit)="submit()">
      <h2 mat-dialog-title i18n="@@billing.topUp.title">Top up the wallet</h2>
      <mat-dialog-content>
        <p i18n="@@billing.topUp.explanation">Add money to the wallet of {{ data.organizationName }}. Orders and renewals are paid from it.</p>
        <mat-form-field appearance="outline" class="field">
          <mat-label i18n="@@billing.topUp.amount">Amount</mat-label>
          <span matTextPrefix>{{ data.currency }}&nbsp;</span>
          <input
            matInput
            name="amount"
            inputmode="decimal"
            autocomplete="off"
            data-testid="top-up-amount"
            [ngModel]="text()"
            (ngModelChange)="text.set($event ?? '')"
            cdkFocusInitial
          />
          <mat-hint i18n="@@billing.topUp.range">From {{ min }} to {{ max }}</mat-hint>
          @if (attempted() && problem(); as message) {
            <mat-error>{{ message }}</mat-error>
          }
        </mat-form-field>
        @if (attempted() && problem(); as message) {
          <p class="error" role="alert">{{ message }}</p>
        }
        @if (error(); as message) {
          <p class="error" role="alert">{{ message }}</p>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" [mat-dialog-close]="undefined" i18n="@@billing.dialog.cancel">Cancel</button>
        <button mat-flat-button type="submit" [disabled]="saving()">
          @if (saving()) {
            <ng-container i18n="@@billing.topUp.paying">Paying…</ng-container>
          } @else {
            <ng-container i18n="@@billing.topUp.submit">Top up</ng-container>
          }
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    p {
      margin: 0 0 16px;
      max-inline-size: 52ch;
    }
    .field {
      inline-size: 100%;
    }
    .error {
      color: var(--mat-sys-error);
      margin-block-start: 8px;
    }
  `,
})
export class TopUpDialog {
  private readonly apollo = inject(Apollo);
  private readonly dialogRef = inject<MatDialogRef<TopUpDialog, MoneyValue | undefined>>(MatDialogRef);
  protected readonly data = inject<TopUpDialogData>(MAT_DIALOG_DATA);
  private readonly locale = inject(DISPLAY_LOCALE);

  protected readonly text = signal('');
  protected readonly attempted = signal(false);
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly amountMinor = computed(() => parseAmountMinor(this.text()));
  protected readonly problem = computed(() => topUpProblem(this.amountMinor(), this.data.currency, this.locale));
  protected readonly min = formatMoney({ amountMinor: 100, currency: this.data.currency }, this.locale);
  protected readonly max = formatMoney({ amountMinor: 10_000_000, currency: this.data.currency }, this.locale);

  /** The key of the amount last submitted: a retry of the same amount is the same payment. */
  private submission: { amountMinor: number; key: string } | null = null;

  async submit(): Promise<void> {
    this.attempted.set(true);
    const amountMinor = this.amountMinor();
    if (this.problem() || amountMinor === null || this.saving()) return;
    if (this.submission?.amountMinor !== amountMinor) this.submission = { amountMinor, key: newIdempotencyKey() };
    this.saving.set(true);
    this.error.set(null);
    try {
      const r = await firstValueFrom(
        this.apollo.mutate({
          mutation: TopUpWalletDocument,
          variables: { input: { organizationId: this.data.organizationId, amountMinor, idempotencyKey: this.submission.key } },
        }),
      );
      this.dialogRef.close(r.data?.topUpWallet.wallet.balance);
    } catch (e) {
      this.error.set(apiError(e)?.message ?? unreachable());
    } finally {
      this.saving.set(false);
    }
  }
}
