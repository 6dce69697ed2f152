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

export const BILLING_OWNER_EXPLANATIONS: Record<BillingOwner, string> = {
  CLIENT:
    'You keep the invoices and pay for every order and renewal, including those your partner places. The partner pays the public price and earns a cashback, plus a rebate on your own orders.',
  PARTNER:
    'Your partner manages invoicing and pays for your orders and renewals at its reseller price. Invoices are issued to the partner and are not visible in your organization.',
};
