/**
 * The one vocabulary of the product, shared by the API (GraphQL enums, database checks) and the
 * SPA (labels, guards). Adding an entry is a decision: `vocabulary.spec.ts` fails until every
 * table below that is keyed by it says what the new entry means.
 */

export const MembershipRole = {
  LEGAL_RESPONSIBLE: 'LEGAL_RESPONSIBLE',
  ADMIN: 'ADMIN',
  USER: 'USER',
  EXTERNAL: 'EXTERNAL',
} as const;
export type MembershipRole = (typeof MembershipRole)[keyof typeof MembershipRole];

export const ThemePreference = { AUTO: 'AUTO', LIGHT: 'LIGHT', DARK: 'DARK' } as const;
export type ThemePreference = (typeof ThemePreference)[keyof typeof ThemePreference];

export const EntityType = { COMPANY: 'COMPANY', INDIVIDUAL: 'INDIVIDUAL' } as const;
export type EntityType = (typeof EntityType)[keyof typeof EntityType];

export const Currency = { CHF: 'CHF', EUR: 'EUR' } as const;
export type Currency = (typeof Currency)[keyof typeof Currency];

export const ProductCategory = {
  WEB_HOSTING: 'WEB_HOSTING',
  MAIL_SERVICE: 'MAIL_SERVICE',
  DOMAIN: 'DOMAIN',
  KDRIVE: 'KDRIVE',
  KCHAT: 'KCHAT',
  SSL_CERTIFICATE: 'SSL_CERTIFICATE',
  VPS: 'VPS',
} as const;
export type ProductCategory = (typeof ProductCategory)[keyof typeof ProductCategory];

/** What a person reads for each category, in lists and filters. */
export const PRODUCT_CATEGORY_LABELS: Record<ProductCategory, string> = {
  WEB_HOSTING: 'Web hosting',
  MAIL_SERVICE: 'Mail service',
  DOMAIN: 'Domain',
  KDRIVE: 'kDrive',
  KCHAT: 'kChat',
  SSL_CERTIFICATE: 'SSL certificate',
  VPS: 'VPS',
};

export const MEMBERSHIP_ROLE_LABELS: Record<MembershipRole, string> = {
  LEGAL_RESPONSIBLE: 'Legal responsible',
  ADMIN: 'Administrator',
  USER: 'User',
  EXTERNAL: 'External',
};

/**
 * What each role may read inside its own organization. EXTERNAL members see only the products
 * explicitly granted to them, never the whole list: the policy fails closed for them.
 */
export const ROLE_READS_ALL_PRODUCTS: Record<MembershipRole, boolean> = {
  LEGAL_RESPONSIBLE: true,
  ADMIN: true,
  USER: true,
  EXTERNAL: false,
};
