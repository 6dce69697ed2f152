import type { MembershipRole } from './vocabulary';

/**
 * What a member may do in their own organization, by role: the one table the API's policy and
 * the SPA's screens both read (the SPA to hide what the API would refuse anyway).
 * `permissions.spec.ts` pins every cell, so a change to who-may-do-what shows in review.
 */
export const Permission = {
  /** Edit name, country, VAT number and billing addresses. */
  ORGANIZATION_UPDATE: 'ORGANIZATION_UPDATE',
  /** See the people of the organization and their roles. */
  MEMBERS_READ: 'MEMBERS_READ',
  /** Invite people, change roles (except legal responsible), remove members, grant products. */
  MEMBERS_MANAGE: 'MEMBERS_MANAGE',
  /** Hand the legal responsibility to another member. */
  LEGAL_RESPONSIBILITY_TRANSFER: 'LEGAL_RESPONSIBILITY_TRANSFER',
  /** Read the organization's audit trail. */
  AUDIT_READ: 'AUDIT_READ',
  /** Client side: grant partners access, change or end partnerships. */
  PARTNERS_MANAGE: 'PARTNERS_MANAGE',
  /** Partner side: accept or refuse invitations, ask clients for access, end partnerships. */
  CLIENTS_MANAGE: 'CLIENTS_MANAGE',
  /** Order new products (and renew any product within reach). */
  ORDERS_PLACE: 'ORDERS_PLACE',
  /** Renew products within reach (a LIMITED partner: the products in its scope). */
  PRODUCTS_RENEW: 'PRODUCTS_RENEW',
  /** Read the wallet, invoices and (partners) revenue of one's own organization. */
  BILLING_READ: 'BILLING_READ',
  /** Top up the wallet; the client side of billing choices lives in PARTNERS_MANAGE. */
  BILLING_MANAGE: 'BILLING_MANAGE',
} as const;
export type Permission = (typeof Permission)[keyof typeof Permission];

export const ROLE_PERMISSIONS: Record<MembershipRole, readonly Permission[]> = {
  LEGAL_RESPONSIBLE: [
    'ORGANIZATION_UPDATE',
    'MEMBERS_READ',
    'MEMBERS_MANAGE',
    'LEGAL_RESPONSIBILITY_TRANSFER',
    'AUDIT_READ',
    'PARTNERS_MANAGE',
    'CLIENTS_MANAGE',
    'ORDERS_PLACE',
    'PRODUCTS_RENEW',
    'BILLING_READ',
    'BILLING_MANAGE',
  ],
  ADMIN: [
    'ORGANIZATION_UPDATE',
    'MEMBERS_READ',
    'MEMBERS_MANAGE',
    'AUDIT_READ',
    'CLIENTS_MANAGE',
    'ORDERS_PLACE',
    'PRODUCTS_RENEW',
    'BILLING_READ',
    'BILLING_MANAGE',
  ],
  USER: ['MEMBERS_READ'],
  EXTERNAL: [],
};

/**
 * What a partner's people may do inside a client organization, by access level. They read what
 * the partnership covers (products, and with COMPLETE access the members); nothing else.
 */
export const PARTNER_ACCESS_PERMISSIONS: Record<'LIMITED' | 'COMPLETE', readonly Permission[]> = {
  LIMITED: ['PRODUCTS_RENEW'],
  COMPLETE: ['MEMBERS_READ', 'ORDERS_PLACE', 'PRODUCTS_RENEW'],
};

/** The partner's own roles whose holders act for it in client organizations (not EXTERNAL). */
export const ROLES_ACTING_FOR_PARTNER: readonly MembershipRole[] = ['LEGAL_RESPONSIBLE', 'ADMIN', 'USER'];

/** Client side: the roles that read their organization's partnerships (list, detail, activity). */
export const ROLES_READING_PARTNERSHIPS: readonly MembershipRole[] = ['LEGAL_RESPONSIBLE', 'ADMIN'];

/**
 * The roles that generate the organization's data processing agreement (GDPR certificate) and
 * read who generated it: those who may sign for the organization as controller. Nobody else,
 * partners included, even learns that the page exists (NOT_FOUND).
 */
export const ROLES_MANAGING_DATA_PROTECTION: readonly MembershipRole[] = ['LEGAL_RESPONSIBLE', 'ADMIN'];

/** @example roleCan('ADMIN', 'AUDIT_READ') // true */
export function roleCan(role: MembershipRole, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}
