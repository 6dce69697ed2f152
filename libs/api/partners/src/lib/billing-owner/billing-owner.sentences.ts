import { type BillingOwner, type Currency, possessive } from '@manager/domain';

/** What the sentences about a partnership's billing need to know. */
export interface BillingFacts {
  clientName: string;
  clientCurrency: Currency;
  partnerName: string;
  partnerCurrency: Currency;
  /** Basis points: 1500 = 15 %. */
  resellerDiscountBp: number;
  commissionBp: number;
}

/** 1500 → "15 %", 1250 → "12.5 %". */
export function percent(bp: number): string {
  return `${Number((bp / 100).toFixed(2))} %`;
}

/**
 * Plain sentences of what a change of billing owner changes (the preview, the partner's email and
 * the SPA's confirmation dialog all print these). They follow the money rules of the contract:
 * who pays, where invoices live, which prices and commissions apply.
 */
export function billingOwnerChangeSummary(facts: BillingFacts, from: BillingOwner, to: BillingOwner): string[] {
  const { clientName: client, partnerName: partner } = facts;
  if (from === to) {
    return [to === 'CLIENT' ? `Nothing changes: ${client} already pays for its orders and renewals.` : `Nothing changes: ${partner} already pays for ${possessive(client)} orders and renewals.`];
  }
  const already = 'Invoices already issued stay in the organization they were issued to; the change applies to orders placed from now on.';
  if (to === 'PARTNER') {
    return [
      `${partner} will pay for every order and renewal of ${client}, whoever places it, from its own wallet.`,
      `New invoices will be issued to ${partner} and kept in its organization only: ${client} will not see them.`,
      already,
      `When ${partner} orders or renews for ${client}, it pays the public price less its reseller discount of ${percent(facts.resellerDiscountBp)}.`,
      `When ${client} orders or renews directly, ${partner} pays the public price and earns a reimbursement of ${percent(facts.resellerDiscountBp)} of it.`,
      `VAT and currency follow ${possessive(partner)} organization (${facts.partnerCurrency}${facts.partnerCurrency !== facts.clientCurrency ? ', converted at the operator’s monthly rates' : ''}).`,
      `${possessive(client)} wallet is no longer debited for its orders.`,
    ];
  }
  return [
    `${client} will pay for every order and renewal, including those ${partner} places for it, from its own wallet at the public price.`,
    `New invoices will be issued to ${client} and kept in its organization only: ${partner} will not see them.`,
    already,
    `When ${partner} orders or renews for ${client}, it earns a cashback of ${percent(facts.commissionBp)} of the public price.`,
    `When ${client} orders or renews directly, ${partner} earns a rebate of ${percent(facts.commissionBp)} of the public price.`,
    `VAT and currency follow ${possessive(client)} organization (${facts.clientCurrency}).`,
    `Keep ${possessive(client)} wallet topped up: an order it cannot pay is refused.`,
  ];
}
