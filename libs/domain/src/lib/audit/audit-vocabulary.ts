import type * as D from './audit-data';

/**
 * The typed data of every audit action. An action exists only here and in `AUDIT_ACTIONS` (the
 * `satisfies` below keeps the two in step), and every language's catalog must word each one
 * (`audit-render.spec.ts` fails otherwise).
 */
export interface AuditDataByAction {
  'organization.created': D.OrganizationCreatedData;
  'organization.updated': D.OrganizationUpdatedData;
  'organization.vat_verified': D.VatVerifiedData;
  'billing_address.added': D.BillingAddressAddedData;
  'billing_address.updated': D.BillingAddressUpdatedData;
  'billing_address.removed': D.BillingAddressRemovedData;
  'terms.accepted': D.TermsAcceptedData;
  'member.role_changed': D.MemberRoleChangedData;
  'member.removed': D.MemberRemovedData;
  'member.left': D.MemberLeftData;
  'member.legal_responsibility_transferred': D.LegalResponsibilityTransferredData;
  'member.products_granted': D.MemberProductsGrantedData;
  'member.invited': D.MemberInvitedData;
  'member.invitation_cancelled': D.MemberInvitationCancelledData;
  'member.invitation_resent': D.MemberInvitationResentData;
  'member.joined': D.MemberJoinedData;
  'partnership.request_sent': D.PartnershipRequestSentData;
  'partnership.requested': D.PartnershipRequestedData;
  'partnership.invited': D.PartnershipInvitedData;
  'partnership.invitation_resent': D.PartnershipInvitationResentData;
  'partnership.invitation_cancelled': D.PartnershipActData;
  'partnership.accepted': D.PartnershipAcceptedData;
  'partnership.refused': D.PartnershipActData;
  'partnership.external_member_folded': D.ExternalMemberFoldedData;
  'partnership.scope_changed': D.PartnershipScopeChangedData;
  'partnership.end_date_changed': D.PartnershipEndDateChangedData;
  'partnership.billing_owner_changed': D.PartnershipBillingOwnerChangedData;
  'partnership.terminated': D.PartnershipActData;
  'order.new_product': D.OrderPlacedData<D.NewProductLine>;
  'order.renewal': D.OrderPlacedData<D.RenewalLine>;
  'order.paid': D.OrderPaidData;
  'commission.credited': D.CommissionCreditedData;
  'wallet.topped_up': D.WalletToppedUpData;
  'api_token.created': D.ApiTokenEventData;
  'api_token.rotated': D.ApiTokenEventData;
  'api_token.revoked': D.ApiTokenRevokedData;
  'api_token.blocked': D.ApiTokenBlockData;
  'api_token.unblocked': D.ApiTokenBlockData;
  'api_token.daily_reads': D.ApiTokenDailyReadsData;
  'dpa.generated': D.DpaGeneratedData;
}

/** What the trail links an event to (`target_type`; the id comes with the event). */
export type AuditTargetType =
  | 'organization'
  | 'billing_address'
  | 'terms_acceptance'
  | 'Membership'
  | 'MemberInvitation'
  | 'Partnership'
  | 'order'
  | 'invoice'
  | 'commission'
  | 'payment'
  | 'ApiToken'
  | 'DpaCertificate';

export interface AuditActionInfo {
  /** null: the event names no single object (a request sent to an email address). */
  readonly target: AuditTargetType | null;
  /** Partnership events only: whose trails record it, each worded from its side. */
  readonly trails?: readonly ('CLIENT' | 'PARTNER')[];
}

const BOTH = ['CLIENT', 'PARTNER'] as const;
const CLIENT = ['CLIENT'] as const;

/**
 * The closed vocabulary of audit actions (dotted verbs, stored in `audit_event.action`).
 *
 * @example
 * AUDIT_ACTIONS['member.invited'].target; // 'MemberInvitation'
 */
export const AUDIT_ACTIONS = {
  'organization.created': { target: 'organization' },
  'organization.updated': { target: 'organization' },
  'organization.vat_verified': { target: 'organization' },
  'billing_address.added': { target: 'billing_address' },
  'billing_address.updated': { target: 'billing_address' },
  'billing_address.removed': { target: 'billing_address' },
  'terms.accepted': { target: 'terms_acceptance' },
  'member.role_changed': { target: 'Membership' },
  'member.removed': { target: 'Membership' },
  'member.left': { target: 'Membership' },
  'member.legal_responsibility_transferred': { target: 'Membership' },
  'member.products_granted': { target: 'Membership' },
  'member.invited': { target: 'MemberInvitation' },
  'member.invitation_cancelled': { target: 'MemberInvitation' },
  'member.invitation_resent': { target: 'MemberInvitation' },
  'member.joined': { target: 'Membership' },
  'partnership.request_sent': { target: null },
  'partnership.requested': { target: 'Partnership', trails: CLIENT },
  'partnership.invited': { target: 'Partnership', trails: BOTH },
  'partnership.invitation_resent': { target: 'Partnership', trails: CLIENT },
  'partnership.invitation_cancelled': { target: 'Partnership', trails: BOTH },
  'partnership.accepted': { target: 'Partnership', trails: BOTH },
  'partnership.refused': { target: 'Partnership', trails: BOTH },
  'partnership.external_member_folded': { target: 'Partnership', trails: CLIENT },
  'partnership.scope_changed': { target: 'Partnership', trails: BOTH },
  'partnership.end_date_changed': { target: 'Partnership', trails: BOTH },
  'partnership.billing_owner_changed': { target: 'Partnership', trails: BOTH },
  'partnership.terminated': { target: 'Partnership', trails: BOTH },
  'order.new_product': { target: 'order' },
  'order.renewal': { target: 'order' },
  'order.paid': { target: 'invoice' },
  'commission.credited': { target: 'commission' },
  'wallet.topped_up': { target: 'payment' },
  'api_token.created': { target: 'ApiToken' },
  'api_token.rotated': { target: 'ApiToken' },
  'api_token.revoked': { target: 'ApiToken' },
  'api_token.blocked': { target: 'ApiToken' },
  'api_token.unblocked': { target: 'ApiToken' },
  'api_token.daily_reads': { target: 'ApiToken' },
  'dpa.generated': { target: 'DpaCertificate' },
} as const satisfies { readonly [A in keyof AuditDataByAction]: AuditActionInfo };

export type AuditAction = keyof typeof AUDIT_ACTIONS;
export type AuditData<A extends AuditAction> = AuditDataByAction[A];

/** The actions recorded per partnership side (`AUDIT_ACTIONS[action].trails`). */
export type PartnershipAuditAction = {
  [A in AuditAction]: (typeof AUDIT_ACTIONS)[A] extends { trails: readonly unknown[] } ? A : never;
}[AuditAction];

/**
 * Rows written before the vocabulary whose sentence could not be read back into data keep the
 * sentence itself; the renderer shows it as it was.
 */
export interface LegacyAuditData {
  legacySummary: string;
}

/** What `audit_event.data` holds for an action. */
export type StoredAuditData<A extends AuditAction = AuditAction> = AuditData<A> | LegacyAuditData;

export function isAuditAction(action: string): action is AuditAction {
  return Object.prototype.hasOwnProperty.call(AUDIT_ACTIONS, action);
}

export function isLegacyAuditData(data: unknown): data is LegacyAuditData {
  return typeof data === 'object' && data !== null && typeof (data as LegacyAuditData).legacySummary === 'string';
}
