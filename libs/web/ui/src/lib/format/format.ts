/**
 * Display formatting shared by the SPA's pages. Pure functions (easy to test, no Angular),
 * each with a pipe in `format.pipes.ts` for templates.
 */

/** An amount of money as the API sends it: integer minor units (cents, centimes). */
export interface MoneyValue {
  amountMinor: number;
  currency: string;
}

/** Options of `formatMoney`: `signed` always shows the sign, for ledger movements ("+CHF 50.00"). */
export interface MoneyFormatOptions {
  signed?: boolean;
}

/**
 * The one money formatter of the SPA: integer minor units in the user's locale (Angular's
 * DISPLAY_LOCALE, which the `money` pipe passes), `Intl` currency style. Both currencies we bill in
 * (CHF, EUR) have two decimals.
 *
 * @example
 * formatMoney({ amountMinor: 12950, currency: 'CHF' }, 'en-US');                  // "CHF 129.50"
 * formatMoney({ amountMinor: -1200, currency: 'CHF' }, 'en-US', { signed: true }); // "-CHF 12.00"
 */
export function formatMoney(money: MoneyValue, locale: string, options: MoneyFormatOptions = {}): string {
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: money.currency,
    ...(options.signed ? { signDisplay: 'exceptZero' as const } : {}),
  }).format(money.amountMinor / 100);
}

/**
 * A rate as the API sends it (0.081) in percent, up to two decimals, with the space our texts
 * use before the sign: `formatPercent(0.125, 'en-US')` → "12.5 %".
 */
export function formatPercent(rate: number, locale: string): string {
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(rate * 100)} %`;
}

/** Brand names (kDrive, kChat, VPS) are not translated. */
const CATEGORY_LABELS: Readonly<Record<string, string>> = {
  WEB_HOSTING: $localize`:@@ui.productCategory.webHosting:Web hosting`,
  MAIL_SERVICE: $localize`:@@ui.productCategory.mailService:Mail service`,
  DOMAIN: $localize`:@@ui.productCategory.domain:Domain`,
  KDRIVE: 'kDrive',
  KCHAT: 'kChat',
  SSL_CERTIFICATE: $localize`:@@ui.productCategory.sslCertificate:SSL certificate`,
  VPS: 'VPS',
};

const ROLE_LABELS: Readonly<Record<string, string>> = {
  LEGAL_RESPONSIBLE: $localize`:@@ui.role.legalResponsible:Legal responsible`,
  ADMIN: $localize`:@@ui.role.admin:Administrator`,
  USER: $localize`:@@ui.role.user:User`,
  EXTERNAL: $localize`:@@ui.role.external:External`,
};

const ENTITY_TYPE_LABELS: Readonly<Record<string, string>> = {
  COMPANY: $localize`:@@ui.entityType.company:Company`,
  INDIVIDUAL: $localize`:@@ui.entityType.individual:Individual`,
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

/** Up to two initials for an avatar: "Ada Lovelace" → "AL", "plato" → "P". */
export function initials(displayName: string): string {
  const parts = displayName.trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) return '?';
  const first = parts[0].charAt(0);
  const last = parts.length > 1 ? parts[parts.length - 1].charAt(0) : '';
  return (first + last).toUpperCase();
}

/** Options of `formatDate`: `time` adds the hour to an instant; `timeZone` is for tests (default: the browser's). */
export interface DateFormatOptions {
  time?: boolean;
  timeZone?: string;
}

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The one date formatter of the SPA, in the user's locale (DISPLAY_LOCALE, passed by the `localDate`
 * pipe). It takes both kinds of dates the API sends:
 * - a calendar date ("2026-03-01", no time zone: a renewal date) is shown as that day, never
 *   shifted by the browser's offset;
 * - an instant (DateTimeISO, UTC) is shown in the browser's time zone, with the time if asked.
 * Anything that is not a date comes back unchanged.
 *
 * @example
 * formatDate('2026-03-01', 'en-US');                                                  // "Mar 1, 2026"
 * formatDate('2026-03-01T14:05:00Z', 'en-GB', { time: true, timeZone: 'Europe/Zurich' }); // "1 Mar 2026, 15:05"
 */
export function formatDate(value: string, locale: string, options: DateFormatOptions = {}): string {
  const day = CALENDAR_DATE.exec(value);
  if (day) {
    const date = new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])));
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
  }
  const instant = new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value) || Number.isNaN(instant.getTime())) return value;
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    ...(options.time ? { timeStyle: 'short' as const } : {}),
    ...(options.timeZone ? { timeZone: options.timeZone } : {}),
  }).format(instant);
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * An instant as a distance from now, in words and in the user's locale: "in 89 days", "5 minutes
 * ago", "now". Days from a day on, rounded (an expiry in 89 days reads better than "in 3 months"),
 * hours below that, minutes below an hour (the API truncates "last used" to the minute). Anything
 * that is not an instant comes back unchanged. `now` is for tests.
 *
 * @example
 * formatRelative('2026-03-31T12:00:00Z', 'en-GB', Date.parse('2026-03-01T12:00:00Z')); // "in 30 days"
 * formatRelative('2026-03-01T11:55:00Z', 'en-GB', Date.parse('2026-03-01T12:00:00Z')); // "5 minutes ago"
 */
export function formatRelative(value: string, locale: string, now: number = Date.now()): string {
  const at = Date.parse(value);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value) || Number.isNaN(at)) return value;
  const words = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const diff = at - now;
  const size = Math.abs(diff);
  if (size < MINUTE) return words.format(0, 'second');
  if (size < HOUR) return words.format(Math.trunc(diff / MINUTE), 'minute');
  if (size < DAY) return words.format(Math.trunc(diff / HOUR), 'hour');
  // Rounded: a token created for 90 days reads "in 90 days", not 89 and some hours.
  return words.format(Math.round(diff / DAY), 'day');
}

/** Calendar dates as the API writes them inside sentences ("2026-03-01 → 2027-03-01"). */
const DATE_IN_TEXT = /\b\d{4}-\d{2}-\d{2}\b/g;
/** Amounts as the API writes them inside sentences: "CHF 1,234.50", "EUR -12.00". */
const MONEY_IN_TEXT = /\b(CHF|EUR) (-?)(\d{1,3}(?:,\d{3})*)\.(\d{2})\b/g;

/**
 * A sentence the API wrote (a ledger line, an invoice line, an activity entry) with its dates and
 * amounts in the reader's locale, like every other date and amount on the page: the API stores
 * them in one fixed, readable form ("Renewal of Site, 2026-03-01 → 2027-03-01", "Wallet top-up of
 * EUR 500.00"), and this is where they meet the reader. The words stay as the API wrote them.
 *
 * @example
 * localizeText('Wallet top-up of EUR 500.00, 2026-03-01', 'en-GB'); // "Wallet top-up of €500.00, 1 Mar 2026"
 */
export function localizeText(text: string, locale: string): string {
  return text
    .replace(DATE_IN_TEXT, (date) => formatDate(date, locale))
    .replace(MONEY_IN_TEXT, (_all, currency: string, sign: string, units: string, cents: string) => {
      const amountMinor = Number(units.replace(/,/g, '')) * 100 + Number(cents);
      return formatMoney({ amountMinor: sign ? -amountMinor : amountMinor, currency }, locale);
    });
}

/** Today as a calendar date (YYYY-MM-DD) in the browser's time zone. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * A calendar date (a renewal date) as a distance from today in words, in the user's locale:
 * "in 12 days", "tomorrow", "today", "3 days ago". Anything that is not a calendar date comes
 * back unchanged. `today` is for tests.
 *
 * @example
 * formatDaysFromToday('2026-03-13', 'en-GB', '2026-03-01'); // "in 12 days"
 */
export function formatDaysFromToday(value: string, locale: string, today: string = localToday()): string {
  if (!CALENDAR_DATE.test(value) || !CALENDAR_DATE.test(today)) return value;
  const days = Math.round((Date.parse(`${value}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY);
  return new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(days, 'day');
}
