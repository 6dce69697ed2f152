/** One month of the spending chart, as `Organization.spendingByMonth` gives it. */
export interface SpendingMonthLike {
  month: string;
  net: { amountMinor: number; currency: string };
  vat: { amountMinor: number; currency: string };
}

export const SPENDING_MONTHS = 12;

/** The chart's window: the current UTC month and the 11 before it, `[from, to)`. */
export function spendingWindow(today: Date = new Date(), months = SPENDING_MONTHS): { from: Date; to: Date; keys: string[] } {
  const year = today.getUTCFullYear();
  const month = today.getUTCMonth();
  const keys = Array.from({ length: months }, (_, i) => new Date(Date.UTC(year, month - months + 1 + i, 1)).toISOString().slice(0, 7));
  return { from: new Date(Date.UTC(year, month - months + 1, 1)), to: new Date(Date.UTC(year, month + 1, 1)), keys };
}

/**
 * Every month of the window with its net and VAT in major units (0 where nothing was invoiced),
 * in the organization's currency only (an invoice in another one cannot share an axis).
 */
export function fillMonths(keys: readonly string[], rows: readonly SpendingMonthLike[], currency: string): { net: number[]; vat: number[] } {
  const byMonth = new Map(rows.filter((r) => r.net.currency === currency).map((r) => [r.month, r]));
  return {
    net: keys.map((key) => (byMonth.get(key)?.net.amountMinor ?? 0) / 100),
    vat: keys.map((key) => (byMonth.get(key)?.vat.amountMinor ?? 0) / 100),
  };
}

/** "Jan 2026" in the reader's locale, for a `YYYY-MM` key. */
export function monthLabel(key: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${key}-01T00:00:00Z`));
}
