/**
 * The partner program's vocabulary. A partnership grants access only while ACTIVE and before its
 * end date; every other status grants nothing.
 */
export const PartnershipStatus = {
  PENDING: 'PENDING',
  ACTIVE: 'ACTIVE',
  REFUSED: 'REFUSED',
  TERMINATED: 'TERMINATED',
  CANCELLED: 'CANCELLED',
} as const;
export type PartnershipStatus = (typeof PartnershipStatus)[keyof typeof PartnershipStatus];

export const PartnershipAccess = { LIMITED: 'LIMITED', COMPLETE: 'COMPLETE' } as const;
export type PartnershipAccess = (typeof PartnershipAccess)[keyof typeof PartnershipAccess];

/** Who pays for orders under a COMPLETE partnership (and so whose organization holds the invoices). */
export const BillingOwner = { CLIENT: 'CLIENT', PARTNER: 'PARTNER' } as const;
export type BillingOwner = (typeof BillingOwner)[keyof typeof BillingOwner];

export const PartnershipSide = { CLIENT: 'CLIENT', PARTNER: 'PARTNER' } as const;
export type PartnershipSide = (typeof PartnershipSide)[keyof typeof PartnershipSide];

/** Allowed status changes; anything else is refused. */
export const PARTNERSHIP_TRANSITIONS: Record<PartnershipStatus, readonly PartnershipStatus[]> = {
  PENDING: ['ACTIVE', 'REFUSED', 'CANCELLED'],
  ACTIVE: ['TERMINATED'],
  REFUSED: [],
  TERMINATED: [],
  CANCELLED: [],
};

/** Invitation links stop working after this long. */
export const PARTNERSHIP_INVITATION_TTL_DAYS = 14;

/** Reminders before an end date, in days. */
export const PARTNERSHIP_END_REMINDER_DAYS = [7, 1] as const;

export const PARTNERSHIP_ACCESS_LABELS: Record<PartnershipAccess, string> = {
  LIMITED: 'Limited access',
  COMPLETE: 'Complete access',
};

/**
 * The two payment methods of a COMPLETE partnership (the reference Manager's "payment method",
 * shown as "Payment"), explained to the client.
 */
export const BILLING_OWNER_EXPLANATIONS: Record<BillingOwner, string> = {
  CLIENT:
    'You keep the invoices and pay for every order and renewal, including those your partner places at the public price. Your partner earns a cashback on those, and a rebate on your own orders.',
  PARTNER:
    'Your partner manages invoicing and pays for your orders and renewals at its reseller price. Invoices are issued to the partner and are not visible in your organization.',
};

/** The same two payment methods, explained to the partner (its invitation, its side of the partnership). */
export const BILLING_OWNER_EXPLANATIONS_FOR_PARTNER: Record<BillingOwner, string> = {
  CLIENT:
    'The client keeps the invoices and pays for every order and renewal, including those you place at the public price. You earn a cashback on those, and a rebate on the orders the client places itself.',
  PARTNER:
    "You manage invoicing and pay for the client's orders and renewals, at your reseller price for those you place, and earn a reimbursement on those the client places itself. Invoices are issued to your organization; the client does not see them.",
};

/** The explanation for the side that reads it. */
export function billingOwnerExplanation(owner: BillingOwner, reader: PartnershipSide): string {
  return (reader === 'PARTNER' ? BILLING_OWNER_EXPLANATIONS_FOR_PARTNER : BILLING_OWNER_EXPLANATIONS)[owner];
}
