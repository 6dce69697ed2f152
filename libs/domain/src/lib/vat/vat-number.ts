import { isCountryCode } from '../countries/countries';
import type { EntityType } from '../vocabulary';
import { euVatCountry, type EuVatCountry } from './eu-vat-countries';
import { checkDigits } from './vat-check-digits';
import {
  badCheckDigitMessage,
  badFormatMessage,
  countryInSentence,
  notEuMessage,
  wrongPrefixMessage,
} from './vat-messages';

/** Why a VAT number was refused; stable strings the API and SPA may switch on. */
export const VatErrorCode = {
  /** The organization's country is not an ISO 3166-1 code. */
  UNKNOWN_COUNTRY: 'UNKNOWN_COUNTRY',
  /** Individuals have no VAT number here; only companies do. */
  INDIVIDUAL_HAS_NO_VAT: 'INDIVIDUAL_HAS_NO_VAT',
  /** The country is outside the EU VAT area (CH, LI, US, ...). */
  NOT_EU_COUNTRY: 'NOT_EU_COUNTRY',
  /** Nothing left after normalization. */
  EMPTY: 'EMPTY',
  /** Another country's prefix, GB instead of XI, or XI left out. */
  WRONG_PREFIX: 'WRONG_PREFIX',
  /** Wrong length or characters for the country. */
  BAD_FORMAT: 'BAD_FORMAT',
  /** Right shape, but the check digit(s) do not match: a typo. */
  BAD_CHECK_DIGIT: 'BAD_CHECK_DIGIT',
} as const;
export type VatErrorCode = (typeof VatErrorCode)[keyof typeof VatErrorCode];

export type VatCheck =
  | { readonly valid: true; readonly normalized: string }
  | { readonly valid: false; readonly code: VatErrorCode; readonly message: string };

export interface VatInput {
  /** The organization's ISO 3166-1 alpha-2 country. */
  readonly country: string;
  readonly entityType: EntityType;
  /** As typed: any case, spaces, dots, dashes, with or without the prefix. */
  readonly vatNumber: string;
}

/**
 * Upper-cases and removes everything that is not a letter or digit, except the `+` and `*` that
 * old Irish numbers use. People paste numbers as printed on invoices: "de 136.695.976",
 * "NL-8197.38.116.B.01", "FR 40 303 265 045".
 *
 * @example
 * normalizeVatNumber(' fr 40-303.265 045 '); // 'FR40303265045'
 */
export function normalizeVatNumber(raw: string): string {
  return raw.toUpperCase().replace(/[^A-Z0-9+*]/g, '');
}

/**
 * Whether the organization form should offer a VAT number field: only companies in an EU member
 * state, or in the United Kingdom for a Northern Ireland (XI) number.
 *
 * @example
 * vatApplies('FR', 'COMPANY'); // true
 * vatApplies('CH', 'COMPANY'); // false
 * vatApplies('FR', 'INDIVIDUAL'); // false
 */
export function vatApplies(country: string, entityType: EntityType): boolean {
  return entityType === 'COMPANY' && euVatCountry(country) !== undefined;
}

/**
 * Checks an organization's EU VAT number: who may hold one, the prefix for its country, the
 * national format, and the check digits. A number typed without its prefix gets it (except XI,
 * see `EU_VAT_COUNTRIES`); a Greek number typed with GR is rewritten with EL, its EU prefix.
 * Does not ask VIES whether the number is registered: that needs the network and belongs to the API.
 *
 * @example
 * validateVatNumber({ country: 'FR', entityType: 'COMPANY', vatNumber: 'fr 40 303 265 045' });
 * // { valid: true, normalized: 'FR40303265045' }
 * validateVatNumber({ country: 'CH', entityType: 'COMPANY', vatNumber: 'CHE-123.456.788' });
 * // { valid: false, code: 'NOT_EU_COUNTRY', message: 'Swiss companies are subject to Swiss VAT ...' }
 */
export function validateVatNumber(input: VatInput): VatCheck {
  const { country, entityType } = input;
  if (!isCountryCode(country)) {
    return refuse('UNKNOWN_COUNTRY', `${country} is not an ISO 3166-1 country code; choose the country from the list.`);
  }
  if (entityType !== 'COMPANY') {
    return refuse('INDIVIDUAL_HAS_NO_VAT', 'Only companies can register a VAT number; leave the field empty for an individual.');
  }
  const area = euVatCountry(country);
  if (!area) return refuse('NOT_EU_COUNTRY', notEuMessage(country));

  const typed = normalizeVatNumber(input.vatNumber);
  if (typed === '') {
    return refuse('EMPTY', `Enter the VAT number of the company in ${countryInSentence(country)}, e.g. ${area.example}.`);
  }
  const split = splitPrefix(typed, area);
  if ('wrongPrefix' in split) return refuse('WRONG_PREFIX', wrongPrefixMessage(area, split.wrongPrefix));
  if (!area.format.test(split.body)) return refuse('BAD_FORMAT', badFormatMessage(area));

  const normalized = area.prefix + split.body;
  switch (checkDigits(area.prefix, split.body)) {
    case 'VALID':
      return { valid: true, normalized };
    case 'BAD_CHECK_DIGIT':
      return refuse('BAD_CHECK_DIGIT', badCheckDigitMessage(area, normalized));
    case 'BAD_FORMAT':
      return refuse('BAD_FORMAT', badFormatMessage(area));
  }
}

/** Prefixes that mean "some other place": EU/XI prefixes, GB, and any ISO country code. */
function looksLikeAPrefix(letters: string): boolean {
  return /^[A-Z]{2}$/.test(letters) && (isCountryCode(letters) || ['EL', 'XI', 'EU'].includes(letters));
}

type Split = { body: string } | { wrongPrefix: string | undefined };

/**
 * Separates the prefix from the national part: the area's own prefix, then (Greece only) GR, then
 * another place's prefix (refused), then the bare national number.
 */
function splitPrefix(typed: string, area: EuVatCountry): Split {
  const start = typed.slice(0, 2);
  if (start === area.prefix) return { body: typed.slice(2) };
  if (area.prefix === 'EL' && start === 'GR') return { body: typed.slice(2) };
  // Before the bare national number: "DE136695976" also has the shape of a French number with the
  // key "DE". A French key that happens to be a country code must then be typed with FR.
  if (looksLikeAPrefix(start)) return { wrongPrefix: start };
  // Judge the rest as a national number, so the person hears about the format if it is wrong.
  return area.prefixMayBeOmitted ? { body: typed } : { wrongPrefix: undefined };
}

function refuse(code: VatErrorCode, message: string): VatCheck {
  return { valid: false, code, message };
}
