/**
 * Display formatting shared by the SPA's pages. Pure functions (easy to test, no Angular),
 * each with a pipe in `format.pipes.ts` for templates.
 */

/** An amount of money as the API sends it: integer minor units (cents, centimes). */
export interface MoneyValue {
  amountMinor: number;
  currency: string;
}

/**
 * Formats money for people: `formatMoney({ amountMinor: 12950, currency: 'CHF' }, 'en-US')`
 * gives "CHF 129.50". Both currencies we bill in (CHF, EUR) have two decimals.
 */
export function formatMoney(money: MoneyValue, locale = 'en-US'): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: money.currency }).format(
    money.amountMinor / 100,
  );
}

const CATEGORY_LABELS: Readonly<Record<string, string>> = {
  WEB_HOSTING: 'Web hosting',
  MAIL_SERVICE: 'Mail service',
  DOMAIN: 'Domain',
  KDRIVE: 'kDrive',
  KCHAT: 'kChat',
  SSL_CERTIFICATE: 'SSL certificate',
  VPS: 'VPS',
};

const ROLE_LABELS: Readonly<Record<string, string>> = {
  LEGAL_RESPONSIBLE: 'Legal responsible',
  ADMIN: 'Administrator',
  USER: 'User',
  EXTERNAL: 'External',
};

const ENTITY_TYPE_LABELS: Readonly<Record<string, string>> = {
  COMPANY: 'Company',
  INDIVIDUAL: 'Individual',
};

/** "SOME_ENUM_VALUE" → "Some enum value": the fallback for a value the API adds before we label it. */
export function humanizeEnum(value: string): string {
  const words = value.toLowerCase().replace(/_/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** `productCategoryLabel('WEB_HOSTING')` → "Web hosting". */
export function productCategoryLabel(category: string): string {
  return CATEGORY_LABELS[category] ?? humanizeEnum(category);
}

/** `roleLabel('LEGAL_RESPONSIBLE')` → "Legal responsible". */
export function roleLabel(role: string): string {
  return ROLE_LABELS[role] ?? humanizeEnum(role);
}

/** `entityTypeLabel('COMPANY')` → "Company". */
export function entityTypeLabel(entityType: string): string {
  return ENTITY_TYPE_LABELS[entityType] ?? humanizeEnum(entityType);
}

/** `countryName('CH', 'en')` → "Switzerland"; unknown codes come back as given. */
export function countryName(code: string, locale = 'en-US'): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/**
 * Formats a calendar date ("2026-03-01", no time zone) without shifting it by the
 * browser's offset: `formatLocalDate('2026-03-01', 'en-US')` → "Mar 1, 2026".
 */
export function formatLocalDate(value: string, locale = 'en-US'): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return value;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

/** Up to two initials for an avatar: "Ada Lovelace" → "AL", "plato" → "P". */
export function initials(displayName: string): string {
  const parts = displayName.trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) return '?';
  const first = parts[0].charAt(0);
  const last = parts.length > 1 ? parts[parts.length - 1].charAt(0) : '';
  return (first + last).toUpperCase();
}

/**
 * Formats an instant from the API (DateTimeISO, UTC) in the browser's time zone:
 * `formatInstant('2026-03-01T14:05:00Z', 'en-GB')` → "1 Mar 2026, 15:05" in Zurich;
 * `withTime: false` gives the date only. Anything that is not a date comes back unchanged.
 */
export function formatInstant(value: string, locale = 'en-US', withTime = true, timeZone?: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    ...(withTime ? { timeStyle: 'short' } : {}),
    ...(timeZone ? { timeZone } : {}),
  }).format(date);
}
