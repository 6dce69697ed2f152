import { formatMoney, type MoneyValue } from '@manager/web-ui';

export type { MoneyValue };

/**
 * What a person typed in the top-up field ("250", "1'250.50", "1,250.5") in minor units, or null
 * when it is not an amount with at most two decimals. Apostrophes, spaces and thousands commas
 * are ignored; one decimal point or a decimal comma ("12,50") is accepted.
 *
 * @example parseAmountMinor("1'250.50") // 125050
 */
export function parseAmountMinor(text: string): number | null {
  let value = text.trim().replace(/[\s'’]/g, '');
  if (/^\d+,\d{1,2}$/.test(value)) value = value.replace(',', '.');
  value = value.replace(/,(?=\d{3}(\D|$))/g, '');
  const match = /^(\d{1,9})(?:\.(\d{1,2}))?$/.exec(value);
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/** Top-up bounds of the contract: 1.00 .. 100,000.00 in the organization's currency. */
export const TOP_UP_MIN_MINOR = 100;
export const TOP_UP_MAX_MINOR = 10_000_000;

/** Why an amount cannot be topped up, in words; null when it can. */
export function topUpProblem(amountMinor: number | null, currency: string, locale: string): string | null {
  if (amountMinor === null) {
    // The examples in the reader's own decimal notation, which the field accepts.
    const example = new Intl.NumberFormat(locale, { minimumFractionDigits: 2 }).format(250.5);
    return $localize`:@@billing.topUp.amountMissing:Enter an amount, for example 250 or ${example}:example:.`;
  }
  if (amountMinor < TOP_UP_MIN_MINOR || amountMinor > TOP_UP_MAX_MINOR) {
    const min = formatMoney({ amountMinor: TOP_UP_MIN_MINOR, currency }, locale);
    const max = formatMoney({ amountMinor: TOP_UP_MAX_MINOR, currency }, locale);
    return $localize`:@@billing.topUp.amountOutOfRange:Enter an amount from ${min}:min: to ${max}:max:.`;
  }
  return null;
}
