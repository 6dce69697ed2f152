import type { BillingOwner, PartnershipAccess, PartnershipSide, PartnershipStatus } from '@manager/domain';

// The partner vocabulary in the reader's language. Getters, not values: `$localize` runs when a
// label is read, so a module imported before the translations are loaded still speaks them.

/** "Limited access" / "Complete access". */
export const ACCESS_LABELS: Readonly<Record<PartnershipAccess, string>> = {
  get LIMITED() {
    return $localize`:@@partners.access.limited:Limited access`;
  },
  get COMPLETE() {
    return $localize`:@@partners.access.complete:Complete access`;
  },
};

/** The payment method of a COMPLETE partnership, as a short label. */
export const BILLING_OWNER_LABELS: Readonly<Record<BillingOwner, string>> = {
  get CLIENT() {
    return $localize`:@@partners.billingOwner.client:The client pays`;
  },
  get PARTNER() {
    return $localize`:@@partners.billingOwner.partner:The partner pays`;
  },
};

export const PARTNERSHIP_STATUS_LABELS: Readonly<Record<PartnershipStatus, string>> = {
  get PENDING() {
    return $localize`:@@partners.status.pending:Pending`;
  },
  get ACTIVE() {
    return $localize`:@@partners.status.active:Active`;
  },
  get REFUSED() {
    return $localize`:@@partners.status.refused:Refused`;
  },
  get TERMINATED() {
    return $localize`:@@partners.status.terminated:Ended`;
  },
  get CANCELLED() {
    return $localize`:@@partners.status.cancelled:Cancelled`;
  },
};

/** The two payment methods explained to the client (the domain's sentences, translated). */
export const BILLING_OWNER_EXPLANATIONS: Readonly<Record<BillingOwner, string>> = {
  get CLIENT() {
    return $localize`:@@partners.billingOwner.explainedToClient.client:You keep the invoices and pay for every order and renewal, including those your partner places at the public price. Your partner earns a cashback on those, and a rebate on your own orders.`;
  },
  get PARTNER() {
    return $localize`:@@partners.billingOwner.explainedToClient.partner:Your partner manages invoicing and pays for your orders and renewals at its reseller price. Invoices are issued to the partner and are not visible in your organization.`;
  },
};

/** The same two payment methods explained to the partner (its invitation, its side of the partnership). */
export const BILLING_OWNER_EXPLANATIONS_FOR_PARTNER: Readonly<Record<BillingOwner, string>> = {
  get CLIENT() {
    return $localize`:@@partners.billingOwner.explainedToPartner.client:The client keeps the invoices and pays for every order and renewal, including those you place at the public price. You earn a cashback on those, and a rebate on the orders the client places itself.`;
  },
  get PARTNER() {
    return $localize`:@@partners.billingOwner.explainedToPartner.partner:You manage invoicing and pay for the client's orders and renewals, at your reseller price for those you place, and earn a reimbursement on those the client places itself. Invoices are issued to your organization; the client does not see them.`;
  },
};

/** The explanation for the side that reads it. */
export function billingOwnerExplanation(owner: BillingOwner, reader: PartnershipSide): string {
  return (reader === 'PARTNER' ? BILLING_OWNER_EXPLANATIONS_FOR_PARTNER : BILLING_OWNER_EXPLANATIONS)[owner];
}

/** Shown when a request fails without an answer from the API. */
export function unreachableMessage(): string {
  return $localize`:@@partners.error.unreachable:The Manager cannot be reached right now. Try again in a moment.`;
}

/**
 * The name of a row's ⋮ menu button. Labels with a value are built here, not with an i18n
 * attribute: Angular binds an interpolated i18n attribute as a DOM property, and `aria-label` has
 * none, so the button had no name at all.
 */
export function rowActionsLabel(name: string): string {
  return $localize`:@@partners.list.rowActions:Actions for ${name}:INTERPOLATION:`;
}
