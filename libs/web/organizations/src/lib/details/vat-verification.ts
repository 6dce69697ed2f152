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
      return {
        tone: 'ok',
        text: $localize`:@@organizations.vies.verified:Verified in VIES on ${date}:date:`,
        detail: v.registeredName ? $localize`:@@organizations.vies.registeredAs:Registered as ${v.registeredName}:registeredName:` : '',
      };
    case 'INVALID':
      return {
        tone: 'warn',
        text: $localize`:@@organizations.vies.notFound:Not found in VIES (checked on ${date}:date:)`,
        detail: $localize`:@@organizations.vies.notFoundDetail:Check the number with your VAT registration.`,
      };
    default:
      return {
        tone: 'warn',
        text: $localize`:@@organizations.vies.unavailable:VIES could not be reached on ${date}:date:`,
        detail: $localize`:@@organizations.vies.unavailableDetail:The number will be checked again later.`,
      };
  }
}
