import type { CommissionKind, OrderPricing, VatTreatment, WalletEntryKind } from '@manager/domain';
import { humanizeEnum } from '@manager/web-ui';

// Functions, not constant maps: `$localize` runs when called, so the translations loaded before
// bootstrap are the ones used, whichever chunk imports this file first.

export function walletEntryKindLabel(kind: WalletEntryKind | (string & {})): string {
  switch (kind) {
    case 'TOP_UP':
      return $localize`:@@billing.walletEntryKind.topUp:Top-up`;
    case 'ORDER_PAYMENT':
      return $localize`:@@billing.walletEntryKind.orderPayment:Order`;
    case 'COMMISSION':
      return $localize`:@@billing.walletEntryKind.commission:Commission`;
    default:
      return humanizeEnum(kind);
  }
}

export function vatTreatmentLabel(treatment: VatTreatment | (string & {})): string {
  switch (treatment) {
    case 'SWISS_VAT':
      return $localize`:@@billing.vatTreatment.swissVat:Swiss VAT`;
    case 'REVERSE_CHARGE':
      return $localize`:@@billing.vatTreatment.reverseCharge:Reverse charge`;
    case 'EU_CONSUMER_VAT':
      return $localize`:@@billing.vatTreatment.euConsumerVat:EU VAT (consumer)`;
    case 'EXPORT':
      return $localize`:@@billing.vatTreatment.export:Export, no VAT`;
    default:
      return humanizeEnum(treatment);
  }
}

export function commissionKindLabel(kind: CommissionKind | (string & {})): string {
  switch (kind) {
    case 'CASHBACK':
      return $localize`:@@billing.commissionKind.cashback:Cashback`;
    case 'REBATE':
      return $localize`:@@billing.commissionKind.rebate:Rebate`;
    case 'REIMBURSEMENT':
      return $localize`:@@billing.commissionKind.reimbursement:Reimbursement`;
    default:
      return humanizeEnum(kind);
  }
}

/** Who paid what, in a few words, for the orders list. */
export function orderPricingLabel(pricing: OrderPricing | (string & {})): string {
  switch (pricing) {
    // Only the client's own people read this one: "the client" would be themselves.
    case 'CLIENT_DIRECT':
      return $localize`:@@billing.orderPricing.clientDirect:Ordered and paid by your organization`;
    case 'PARTNER_FOR_PAYING_CLIENT':
      return $localize`:@@billing.orderPricing.partnerForPayingClient:Ordered by the partner, paid by the client`;
    case 'PARTNER_PAYS_PARTNER_ORDER':
      return $localize`:@@billing.orderPricing.partnerPaysPartnerOrder:Ordered and paid by the partner`;
    case 'PARTNER_PAYS_CLIENT_ORDER':
      return $localize`:@@billing.orderPricing.partnerPaysClientOrder:Ordered by the client, paid by the partner`;
    default:
      return humanizeEnum(pricing);
  }
}

/**
 * The English plural rule is not the others' (French says "0 ligne", Intl.PluralRules says
 * 'many' for a French million): the category of `count` in the reader's language, one or other,
 * for sentences written in TypeScript, where `$localize` has no ICU.
 */
export function isOne(count: number, locale: string): boolean {
  return new Intl.PluralRules(locale).select(count) === 'one';
}

/** A count with the locale's grouping ("12’345" in de-CH). */
export function formatCount(count: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(count);
}

/** The accessible name of an invoice's Details button: "Details" alone would not say which. */
export function invoiceDetailsLabel(number: string): string {
  return $localize`:@@billing.invoices.detailsLabel:Details of invoice ${number}:number:`;
}

/** The accessible name of an invoice's PDF link. */
export function invoicePdfLabel(number: string): string {
  return $localize`:@@billing.invoices.pdfLabel:PDF of invoice ${number}:number:`;
}
