/**
 * Where an EU VAT number applies, and what it looks like.
 *
 * One row per organization country that can hold an EU VAT number: the 27 member states, plus the
 * United Kingdom for Northern Ireland's `XI` numbers. The row is keyed by the organization's ISO
 * country because that is what the form knows; the VAT prefix is the same as the ISO code except
 * for Greece (`EL`) and Northern Ireland (`XI`).
 *
 * Why GB maps to XI: since Brexit a `GB` number is a UK number, not an EU one. Under the Northern
 * Ireland protocol (Windsor Framework) a business in Northern Ireland that trades goods with the EU
 * holds an `XI` number, which VIES checks like a member state's. ISO has no code for Northern
 * Ireland, so such an organization's country is `GB` and its only acceptable number is an XI one.
 * The XI prefix must be typed: a bare UK number is most likely a GB number, and guessing XI for it
 * would grant a tax exemption the company does not have.
 *
 * `format` describes what follows the prefix, after normalization (upper case, no separators);
 * check digits are verified separately (see `vat-check-digits.ts`).
 */
export interface EuVatCountry {
  /** ISO 3166-1 alpha-2 country of the organization. */
  readonly country: string;
  /** The two letters every VAT number of that area starts with. */
  readonly prefix: string;
  /** The area named in messages ("VAT numbers in Northern Ireland ..."). */
  readonly area: string;
  /** What follows the prefix. */
  readonly format: RegExp;
  /** The same rule in words, for error messages. */
  readonly formatHint: string;
  /** A real, valid number, shown as a hint in messages and placeholders. */
  readonly example: string;
  /** Whether a number typed without its prefix may be completed with it (false for XI). */
  readonly prefixMayBeOmitted: boolean;
}

// The pure annotations let a bundler drop these tables from SPA chunks that do not use them.
/* @__NO_SIDE_EFFECTS__ */
function row(
  country: string,
  prefix: string,
  area: string,
  format: RegExp,
  formatHint: string,
  example: string,
  prefixMayBeOmitted = true,
): EuVatCountry {
  return Object.freeze({ country, prefix, area, format, formatHint, example, prefixMayBeOmitted });
}

/**
 * The 27 EU member states and Northern Ireland (under GB), with their VAT prefix and format.
 *
 * @example
 * EU_VAT_COUNTRIES.find((c) => c.country === 'GR')?.prefix; // 'EL'
 */
export const EU_VAT_COUNTRIES: readonly EuVatCountry[] = /*#__PURE__*/ Object.freeze([
  row('AT', 'AT', 'Austria', /^U\d{8}$/, 'U and 8 digits', 'ATU13585627'),
  row('BE', 'BE', 'Belgium', /^[01]\d{9}$/, '10 digits starting with 0 or 1 (put a 0 before an old 9-digit number)', 'BE0428759497'),
  row('BG', 'BG', 'Bulgaria', /^\d{9,10}$/, '9 or 10 digits', 'BG175074752'),
  row('CY', 'CY', 'Cyprus', /^\d{8}[A-Z]$/, '8 digits and a letter', 'CY10259033P'),
  row('CZ', 'CZ', 'Czechia', /^\d{8,10}$/, '8, 9 or 10 digits', 'CZ25123891'),
  row('DE', 'DE', 'Germany', /^[1-9]\d{8}$/, '9 digits, the first not 0', 'DE136695976'),
  row('DK', 'DK', 'Denmark', /^\d{8}$/, '8 digits', 'DK13585628'),
  row('EE', 'EE', 'Estonia', /^\d{9}$/, '9 digits', 'EE100594102'),
  row('GR', 'EL', 'Greece', /^\d{9}$/, '9 digits', 'EL094259216'),
  row('ES', 'ES', 'Spain', /^([A-Z]\d{7}[A-Z0-9]|\d{8}[A-Z])$/, '9 characters: a letter or digit, 7 digits, and a letter or digit (not all digits)', 'ESB58378431'),
  row('FI', 'FI', 'Finland', /^\d{8}$/, '8 digits', 'FI20774740'),
  row('FR', 'FR', 'France', /^[0-9A-HJ-NP-Z]{2}\d{9}$/, 'a 2-character key (digits or letters, not I or O) and the 9-digit SIREN', 'FR40303265045'),
  row('HR', 'HR', 'Croatia', /^\d{11}$/, '11 digits (the OIB)', 'HR33392005961'),
  row('HU', 'HU', 'Hungary', /^\d{8}$/, '8 digits', 'HU12892312'),
  row('IE', 'IE', 'Ireland', /^(\d{7}[A-W][A-IW]?|\d[A-Z+*]\d{5}[A-W])$/, '7 digits and 1 or 2 letters (or an old-style number such as 8D79739I)', 'IE6388047V'),
  row('IT', 'IT', 'Italy', /^\d{11}$/, '11 digits', 'IT00743110157'),
  row('LT', 'LT', 'Lithuania', /^(\d{9}|\d{12})$/, '9 or 12 digits', 'LT119511515'),
  row('LU', 'LU', 'Luxembourg', /^\d{8}$/, '8 digits', 'LU15027442'),
  row('LV', 'LV', 'Latvia', /^\d{11}$/, '11 digits', 'LV40003521600'),
  row('MT', 'MT', 'Malta', /^\d{8}$/, '8 digits', 'MT11679112'),
  row('NL', 'NL', 'the Netherlands', /^\d{9}B(0[1-9]|[1-9]\d)$/, '9 digits, the letter B and 2 digits from 01 to 99', 'NL004495445B01'),
  row('PL', 'PL', 'Poland', /^\d{10}$/, '10 digits', 'PL8567346215'),
  row('PT', 'PT', 'Portugal', /^\d{9}$/, '9 digits', 'PT501964843'),
  row('RO', 'RO', 'Romania', /^[1-9]\d{1,9}$/, '2 to 10 digits, the first not 0', 'RO18547290'),
  row('SE', 'SE', 'Sweden', /^\d{10}01$/, '12 digits ending in 01', 'SE556043606401'),
  row('SI', 'SI', 'Slovenia', /^\d{8}$/, '8 digits', 'SI50223054'),
  row('SK', 'SK', 'Slovakia', /^\d{10}$/, '10 digits', 'SK2022749619'),
  row('GB', 'XI', 'Northern Ireland', /^(\d{9}|\d{12}|GD\d{3}|HA\d{3})$/, '9 or 12 digits (or GD/HA and 3 digits for public bodies)', 'XI980780684', false),
]);

const BY_COUNTRY: ReadonlyMap<string, EuVatCountry> = /*#__PURE__*/ new Map(EU_VAT_COUNTRIES.map((c) => [c.country, c]));

/**
 * The EU VAT row for an organization's country, or `undefined` when an EU VAT number does not
 * apply there.
 *
 * @example
 * euVatCountry('GB')?.prefix; // 'XI'
 * euVatCountry('CH'); // undefined
 */
export function euVatCountry(country: string): EuVatCountry | undefined {
  return BY_COUNTRY.get(country);
}
