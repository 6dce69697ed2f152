import type { CommissionKind, OrderPricing, VatTreatment, WalletEntryKind } from '@manager/domain';

export const WALLET_ENTRY_KIND_LABELS: Readonly<Record<WalletEntryKind | (string & {}), string>> = {
  TOP_UP: 'Top-up',
  ORDER_PAYMENT: 'Order',
  COMMISSION: 'Commission',
};

export const VAT_TREATMENT_LABELS: Readonly<Record<VatTreatment | (string & {}), string>> = {
  SWISS_VAT: 'Swiss VAT',
  REVERSE_CHARGE: 'Reverse charge',
  EU_CONSUMER_VAT: 'EU VAT (consumer)',
  EXPORT: 'Export, no VAT',
};

export const COMMISSION_KIND_LABELS: Readonly<Record<CommissionKind | (string & {}), string>> = {
  CASHBACK: 'Cashback',
  REBATE: 'Rebate',
  REIMBURSEMENT: 'Reimbursement',
};

/** Who paid what, in a few words, for the orders list. */
export const ORDER_PRICING_LABELS: Readonly<Record<OrderPricing | (string & {}), string>> = {
  // Only the client's own people read this one: "the client" would be themselves.
  CLIENT_DIRECT: 'Ordered and paid by your organization',
  PARTNER_FOR_PAYING_CLIENT: 'Ordered by the partner, paid by the client',
  PARTNER_PAYS_PARTNER_ORDER: 'Ordered and paid by the partner',
  PARTNER_PAYS_CLIENT_ORDER: 'Ordered by the client, paid by the partner',
};
