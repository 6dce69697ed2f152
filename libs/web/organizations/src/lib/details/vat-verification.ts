import { formatDate } from '@manager/web-ui';

export interface VatVerificationValue {
  status: 'VALID' | 'INVALID' | 'UNAVAILABLE';
  checkedAt: string;
  registeredName?: string | null;
}

/**
 * What a person reads about the VIES check of the VAT number.
 *
 * @example
 * vatVerificationText({ status: 'VALID', checkedAt: '2026-03-01T10:00:00Z', registeredName: 'ACME SA' }, 'en-GB')
 * // { tone: 'ok', text: 'Verified in VIES on 1 Mar 2026', detail: 'Registered as ACME SA' }
 */
export function vatVerificationText(
  v: VatVerificationValue,
  locale: string,
  timeZone?: string,
): { tone: 'ok' | 'warn'; text: string; detail: string } {
  const date = formatDate(v.checkedAt, locale, { timeZone });
  switch (v.status) {
    case 'VALID':
      return { tone: 'ok', text: `Verified in VIES on ${date}`, detail: v.registeredName ? `Registered as ${v.registeredName}` : '' };
    case 'INVALID':
      return { tone: 'warn', text: `Not found in VIES (checked on ${date})`, detail: 'Check the number with your VAT registration.' };
    default:
      return { tone: 'warn', text: `VIES could not be reached on ${date}`, detail: 'The number will be checked again later.' };
  }
}
