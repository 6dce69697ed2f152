import { ChangeDetectionStrategy, Component, input, model } from '@angular/core';
import { BillingOwner } from '@manager/domain';
import { Icon } from '@manager/web-ui/icons';
import { BILLING_OWNER_EXPLANATIONS } from './partner-labels';

/** Who pays under COMPLETE access, each choice explained in plain words (the domain's sentences). */
@Component({
  selector: 'mgr-billing-owner-choice',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [Icon],
  template: `
    <fieldset class="cards">
      <legend class="visually-hidden" i18n="@@partners.billingOwnerChoice.legend">Who pays for orders and renewals</legend>
      <label class="card" [class.checked]="value() === 'CLIENT'" data-testid="billing-owner-client">
        <input type="radio" [name]="name()" value="CLIENT" [checked]="value() === 'CLIENT'" (change)="value.set('CLIENT')" />
        <mat-icon svgIcon="business" aria-hidden="true" />
        <span class="title" i18n="@@partners.billingOwnerChoice.youPay">You pay</span>
        <span class="text">{{ explanations.CLIENT }}</span>
      </label>
      <label class="card" [class.checked]="value() === 'PARTNER'" data-testid="billing-owner-partner">
        <input type="radio" [name]="name()" value="PARTNER" [checked]="value() === 'PARTNER'" (change)="value.set('PARTNER')" />
        <mat-icon svgIcon="wallet" aria-hidden="true" />
        <span class="title" i18n="@@partners.billingOwnerChoice.partyPays">{{ partyName() }} pays</span>
        <span class="text">{{ explanations.PARTNER }}</span>
      </label>
    </fieldset>
  `,
  styleUrl: './choice-cards.scss',
})
export class BillingOwnerChoice {
  readonly value = model<BillingOwner | null>(null);
  readonly partyName = input($localize`:@@partners.billingOwnerChoice.defaultParty:Your partner`);
  readonly name = input('billing-owner');
  protected readonly explanations = BILLING_OWNER_EXPLANATIONS;
}
