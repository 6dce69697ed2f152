import type { BillingOwner, PartnershipAccess, PartnershipSide } from '../partnerships';
import type { CommissionKind } from '../billing/billing-vocabulary';
import type { Currency, EntityType, MembershipRole, ProductCategory } from '../vocabulary';

/**
 * What each kind of audit event remembers: ids and codes the renderer turns into words, and the
 * names as they were when it happened (a renamed organization or a departed member must not
 * rewrite the trail). Dates are calendar dates, `YYYY-MM-DD`; amounts are minor units.
 */

export interface Change<T> {
  from: T;
  to: T;
}

export interface AuditMoney {
  amountMinor: number;
  currency: Currency;
}

// --- organizations: details -----------------------------------------------------------------

export interface OrganizationCreatedData {
  name: string;
  entityType: EntityType;
  /** ISO 3166-1 alpha-2. */
  country: string;
  vatNumber: string | null;
}

/** Only the fields that changed are present. */
export interface OrganizationUpdatedData {
  name?: Change<string>;
  country?: Change<string>;
  vatNumber?: Change<string | null>;
}

/** A billing address as it read then: "recipient, street, postcode city, country". */
export type AddressLabel = string;

export interface BillingAddressAddedData {
  address: AddressLabel;
  isDefault: boolean;
}

export type BillingAddressUpdatedData =
  | { kind: 'EDITED'; from: AddressLabel; to: AddressLabel; nowDefault: boolean }
  | { kind: 'MADE_DEFAULT'; address: AddressLabel };

export interface BillingAddressRemovedData {
  address: AddressLabel;
}

export interface TermsAcceptedData {
  version: string;
}

export interface VatVerifiedData {
  vatNumber: string;
  status: 'VALID' | 'INVALID' | 'UNAVAILABLE';
  registeredName: string | null;
}

// --- organizations: members and invitations ---------------------------------------------------

export interface MemberRoleChangedData {
  memberName: string;
  role: Change<MembershipRole>;
}

export interface MemberRemovedData {
  memberName: string;
  role: MembershipRole;
}

export interface MemberLeftData {
  memberName: string;
}

export interface LegalResponsibilityTransferredData {
  fromName: string;
  toName: string;
}

export interface MemberProductsGrantedData {
  memberName: string;
  productCount: number;
}

export interface MemberInvitedData {
  email: string;
  role: MembershipRole;
  productCount: number;
}

export interface MemberInvitationCancelledData {
  email: string;
  role: MembershipRole;
}

export interface MemberInvitationResentData {
  email: string;
}

export interface MemberJoinedData {
  memberName: string;
  role: MembershipRole;
  invitedByName: string | null;
}

// --- partners ---------------------------------------------------------------------------------

/** What a partnership grants, as the trail words it. */
export type AuditScope = { access: 'LIMITED'; productCount: number } | { access: 'COMPLETE'; billingOwner: BillingOwner };

/**
 * A partnership event is written in the client's trail, the partner's, or both, each worded from
 * that side: `trail` says whose trail the row is in.
 */
export interface PartnershipTrailData {
  trail: PartnershipSide;
}

/** An event both sides read, with both names. */
export interface PartnershipPartiesData extends PartnershipTrailData {
  clientName: string;
  partnerName: string;
}

/** Who acted: the side that refused, cancelled, accepted or ended. */
export interface PartnershipActData extends PartnershipPartiesData {
  by: PartnershipSide;
}

export interface PartnershipRequestSentData {
  email: string;
  access: PartnershipAccess;
}

export interface PartnershipRequestedData extends PartnershipTrailData {
  partnerName: string;
  access: PartnershipAccess;
}

export interface PartnershipInvitedData extends PartnershipPartiesData {
  scope: AuditScope;
  endsAt: string | null;
}

export interface PartnershipInvitationResentData extends PartnershipTrailData {
  partnerName: string;
}

export interface PartnershipAcceptedData extends PartnershipActData {
  scope: AuditScope;
  /** What the partner had asked for, when the client accepted its request with another scope. */
  askedFor: { access: 'LIMITED' } | { access: 'COMPLETE'; billingOwner: BillingOwner } | null;
}

export interface ExternalMemberFoldedData extends PartnershipTrailData {
  memberName: string;
  partnerName: string;
  /** COMPLETE covers every product; LIMITED keeps the member's granted products in scope. */
  coverage: { access: 'COMPLETE' } | { access: 'LIMITED'; grantedCount: number; addedCount: number };
}

export type ScopeChange =
  | { kind: 'ACCESS'; from: AuditScope; to: AuditScope }
  | { kind: 'BILLING_OWNER'; billingOwner: BillingOwner }
  | { kind: 'PRODUCTS'; added: number; removed: number; total: number }
  | { kind: 'UNCHANGED' };

export interface PartnershipScopeChangedData extends PartnershipPartiesData {
  change: ScopeChange;
}

export interface PartnershipEndDateChangedData extends PartnershipPartiesData {
  endsAt: string | null;
}

export interface PartnershipBillingOwnerChangedData extends PartnershipPartiesData {
  billingOwner: BillingOwner;
}

// --- billing ----------------------------------------------------------------------------------

export interface NewProductLine {
  kind: 'NEW_PRODUCT';
  productName: string;
  category: ProductCategory;
  until: string;
}

export interface RenewalLine {
  kind: 'RENEWAL';
  productName: string;
  category: ProductCategory;
  from: string;
  until: string;
}

export type OrderLine = NewProductLine | RenewalLine;

/**
 * How the client's trail tells the payment. When a partner's person placed an order the client
 * pays, the partner reads the entry too (its activity in the client): it must not learn the
 * client's invoice, so nothing of it is even stored (`INVOICED`).
 */
export type OrderPayment =
  | { kind: 'PAID'; amount: AuditMoney; invoiceNumber: string }
  | { kind: 'PAID_BY'; payerName: string }
  | { kind: 'INVOICED' };

export interface OrderPlacedData<Line extends OrderLine> {
  line: Line;
  payment: OrderPayment;
}

export interface OrderPaidData {
  line: OrderLine;
  clientName: string;
  amount: AuditMoney;
  invoiceNumber: string;
}

export interface CommissionCreditedData {
  kind: CommissionKind;
  amount: AuditMoney;
  productName: string;
  clientName: string;
}

export interface WalletToppedUpData {
  amount: AuditMoney;
  balance: AuditMoney;
}

// --- API tokens ---------------------------------------------------------------------------------

/** The owner's trail: a token created, rotated or revoked (by a person, or by a leak report). */
export interface ApiTokenEventData {
  tokenName: string;
  kind: 'ORGANIZATION' | 'PERSONAL';
}

export interface ApiTokenRevokedData extends ApiTokenEventData {
  /** LEAKED: revoked because it was reported as published (the leaked-tokens endpoint). */
  reason: 'REVOKED' | 'LEAKED';
}

/** The client's trail: its legal responsible blocked or unblocked a partner's token for the organization. */
export interface ApiTokenBlockData {
  tokenName: string;
  partnerName: string;
}

/** The client's trail: what a partner's token read in one day (writes are recorded one by one). */
export interface ApiTokenDailyReadsData {
  tokenName: string;
  partnerName: string;
  /** YYYY-MM-DD (UTC). */
  day: string;
  /** Minutes of that day in which the token read this organization. */
  activeMinutes: number;
}

/** The data processing agreement (GDPR certificate) generated, in this version. */
export interface DpaGeneratedData {
  version: string;
}
