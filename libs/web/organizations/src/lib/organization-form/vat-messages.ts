import { VatErrorCode, euVatCountry, normalizeVatNumber } from '@manager/domain';
import { countryName } from '@manager/web-ui';

/**
 * The domain's VAT sentences (libs/domain/src/lib/vat/vat-messages.ts) in the reader's language.
 * English keeps the domain's own sentence (it knows "the Netherlands", the format of each
 * country); the other languages get the same facts from these messages, keyed by the error code.
 */
export function vatErrorText(error: { code: VatErrorCode; message: string }, country: string, typed: string, locale: string): string {
  if (isEnglish(locale)) return error.message;
  const area = euVatCountry(country);
  const countryLabel = countryName(country, locale);
  const example = area?.example ?? '';
  switch (error.code) {
    case 'WRONG_PREFIX':
      if (area?.prefix === 'XI') {
        return normalizeVatNumber(typed).startsWith('GB')
          ? $localize`:@@organizations.vat.ukNumber:A UK VAT number (GB) is not an EU VAT number. A company in ${countryLabel}:country: can hold an EU VAT number only in Northern Ireland: enter that number starting with XI, e.g. ${example}:example:.`
          : $localize`:@@organizations.vat.northernIreland:A company in ${countryLabel}:country: can hold an EU VAT number only in Northern Ireland: enter that number starting with XI, e.g. ${example}:example:.`;
      }
      if (area?.prefix === 'EL') {
        return $localize`:@@organizations.vat.greekPrefix:A company in ${countryLabel}:country: needs a VAT number starting with EL (Greece uses EL, not GR, for EU VAT), e.g. ${example}:example:.`;
      }
      return $localize`:@@organizations.vat.wrongPrefix:A company in ${countryLabel}:country: needs a VAT number starting with ${area?.prefix ?? ''}:prefix:, e.g. ${example}:example:.`;
    case 'BAD_FORMAT':
      return $localize`:@@organizations.vat.badFormat:This is not the format of a VAT number in ${countryLabel}:country:, e.g. ${example}:example:. Check the number on your VAT registration.`;
    case 'BAD_CHECK_DIGIT':
      return $localize`:@@organizations.vat.badCheckDigit:${normalizeVatNumber(typed)}:number: is not a valid VAT number in ${countryLabel}:country:: its check digit does not match. Look for a mistyped or swapped digit.`;
    case 'EMPTY':
      return $localize`:@@organizations.vat.empty:Enter the VAT number of the company in ${countryLabel}:country:, e.g. ${example}:example:.`;
    case 'INDIVIDUAL_HAS_NO_VAT':
      return $localize`:@@organizations.vat.individual:Only companies can register a VAT number; leave the field empty for an individual.`;
    case 'NOT_EU_COUNTRY':
      return `${vatNoteText(country, locale)} ${$localize`:@@organizations.vat.leaveEmpty:Leave the field empty.`}`;
    default:
      return $localize`:@@organizations.vat.unknownCountry:Choose the country from the list first.`;
  }
}

/** Why a company outside the EU VAT area is asked no VAT number (the domain's `notEuNote`, translated). */
export function vatNoteText(country: string, locale: string, englishNote?: string): string {
  if (isEnglish(locale) && englishNote) return englishNote;
  switch (country) {
    case 'CH':
      return $localize`:@@organizations.vat.noteSwitzerland:Swiss companies are subject to Swiss VAT and do not benefit from the intra-Community exemption, so no EU VAT number is asked for.`;
    case 'LI':
      return $localize`:@@organizations.vat.noteLiechtenstein:Liechtenstein is not in the European Union: its companies are subject to Liechtenstein VAT (shared with Switzerland under their customs treaty) and do not benefit from the intra-Community exemption, so no EU VAT number is asked for.`;
    default:
      return $localize`:@@organizations.vat.noteOutsideEu:${countryName(country, locale)}:country: is outside the EU VAT area: companies there do not benefit from the intra-Community exemption, so no EU VAT number is asked for.`;
  }
}

function isEnglish(locale: string): boolean {
  return locale.toLowerCase().startsWith('en');
}
