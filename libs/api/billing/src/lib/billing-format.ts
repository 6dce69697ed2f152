import type { Currency } from '@manager/domain';

/**
 * An amount as people read it in descriptions, audit events and error messages: "CHF 1,234.50".
 *
 * @example formatAmount(123450, 'CHF') // 'CHF 1,234.50'
 */
export function formatAmount(amountMinor: number, currency: Currency): string {
  const sign = amountMinor < 0 ? '-' : '';
  const abs = Math.abs(amountMinor);
  const units = Math.floor(abs / 100).toLocaleString('en-US');
  return `${sign}${currency} ${units}.${String(abs % 100).padStart(2, '0')}`;
}
