/**
 * The sentences a person reads when a VAT number is refused. Each says what is wrong and what to
 * do; the API returns them as they are and the SPA shows them under the field.
 */
import { countryName } from '../countries/countries';
import type { EuVatCountry } from './eu-vat-countries';

/** Names that read wrong without "the" inside a sentence ("a company in the United Kingdom"). */
const TAKES_THE = /^(United |Netherlands|Bahamas|Gambia|Philippines|Maldives|Comoros)|Islands$|Republic/;

/** "France", "the United Kingdom", or the code itself for an unknown country. */
export function countryInSentence(country: string): string {
  const name = countryName(country) ?? country;
  return TAKES_THE.test(name) ? `the ${name}` : name;
}

export function wrongPrefixMessage(area: EuVatCountry, typedPrefix: string | undefined): string {
  const where = countryInSentence(area.country);
  if (area.prefix === 'XI') {
    const gb = typedPrefix === 'GB' ? 'A UK VAT number (GB) is not an EU VAT number. ' : '';
    return (
      `${gb}A company in ${where} can hold an EU VAT number only in Northern Ireland: ` +
      `enter that number starting with XI, e.g. ${area.example}.`
    );
  }
  const greek = area.prefix === 'EL' ? ' (Greece uses EL, not GR, for EU VAT)' : '';
  return `A company in ${where} needs a VAT number starting with ${area.prefix}${greek}, e.g. ${area.example}.`;
}

export function badFormatMessage(area: EuVatCountry): string {
  return (
    `VAT numbers in ${area.area} are ${area.prefix} followed by ${area.formatHint}, ` +
    `e.g. ${area.example}. Check the number on your VAT registration.`
  );
}

export function badCheckDigitMessage(area: EuVatCountry, normalized: string): string {
  return (
    `${normalized} is not a valid VAT number in ${area.area}: its check digit does not match. ` +
    'Look for a mistyped or swapped digit.'
  );
}

/** Why the intra-Community exemption, hence an EU VAT number, does not apply in these places. */
const NOT_EU_WHY: Readonly<Record<string, string>> = {
  CH: 'Swiss companies are subject to Swiss VAT and do not benefit from the intra-Community exemption',
  LI:
    'Liechtenstein is not in the European Union: its companies are subject to Liechtenstein VAT ' +
    '(shared with Switzerland under their customs treaty) and do not benefit from the intra-Community exemption',
};

/**
 * The note a form shows instead of the VAT number field for a company outside the EU VAT area:
 * the same reason as `notEuMessage`, but no "leave the field empty", since there is no field.
 */
export function notEuNote(country: string): string {
  return `${notEuReason(country)}, so no EU VAT number is asked for.`;
}

/** The refusal of a VAT number sent for a company outside the EU VAT area (API and form). */
export function notEuMessage(country: string): string {
  return `${notEuReason(country)}, so an EU VAT number does not apply. Leave the field empty.`;
}

function notEuReason(country: string): string {
  return (
    NOT_EU_WHY[country] ??
    `${capitalize(countryInSentence(country))} is outside the EU VAT area: companies there do not benefit from the intra-Community exemption`
  );
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
