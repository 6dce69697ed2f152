/** The billing vocabulary (issue 5), shared by the API (GraphQL enums, database checks) and the SPA. */

export const WalletEntryKind = { TOP_UP: 'TOP_UP', ORDER_PAYMENT: 'ORDER_PAYMENT', COMMISSION: 'COMMISSION' } as const;
export type WalletEntryKind = (typeof WalletEntryKind)[keyof typeof WalletEntryKind];

export const OrderKind = { NEW_PRODUCT: 'NEW_PRODUCT', RENEWAL: 'RENEWAL' } as const;
export type OrderKind = (typeof OrderKind)[keyof typeof OrderKind];

/** Which of the four pricing cases of the contract an order fell in (see `pricing.ts`). */
export const OrderPricing = {
  /** The client orders itself and pays: public price (a COMPLETE partner with billing CLIENT earns a REBATE). */
  CLIENT_DIRECT: 'CLIENT_DIRECT',
  /** The partner orders, the client pays: public price; the partner earns a CASHBACK. */
  PARTNER_FOR_PAYING_CLIENT: 'PARTNER_FOR_PAYING_CLIENT',
  /** The partner orders and pays (billing PARTNER): the discounted price. */
  PARTNER_PAYS_PARTNER_ORDER: 'PARTNER_PAYS_PARTNER_ORDER',
  /** The client orders, the partner pays (billing PARTNER): public price; the partner earns a REIMBURSEMENT. */
  PARTNER_PAYS_CLIENT_ORDER: 'PARTNER_PAYS_CLIENT_ORDER',
} as const;
export type OrderPricing = (typeof OrderPricing)[keyof typeof OrderPricing];

export const VatTreatment = {
  SWISS_VAT: 'SWISS_VAT',
  REVERSE_CHARGE: 'REVERSE_CHARGE',
  EU_CONSUMER_VAT: 'EU_CONSUMER_VAT',
  EXPORT: 'EXPORT',
} as const;
export type VatTreatment = (typeof VatTreatment)[keyof typeof VatTreatment];

export const CommissionKind = { CASHBACK: 'CASHBACK', REBATE: 'REBATE', REIMBURSEMENT: 'REIMBURSEMENT' } as const;
export type CommissionKind = (typeof CommissionKind)[keyof typeof CommissionKind];
