import { COUNTRY_TABLE } from './country-table';

/** One ISO 3166-1 country: its alpha-2 code and English short name. */
export interface Country {
  readonly code: string;
  readonly name: string;
}

/**
 * Every officially assigned ISO 3166-1 alpha-2 country (249), sorted by English name, ready for a
 * country picker.
 *
 * @example
 * COUNTRIES.find((c) => c.code === 'CH')?.name; // 'Switzerland'
 */
export const COUNTRIES: readonly Country[] = /*#__PURE__*/ Object.freeze(
  COUNTRY_TABLE.map(([code, name]) => Object.freeze({ code, name })),
);

// `#__PURE__` lets a bundler drop the table from SPA chunks that never ask for a country.
const NAME_BY_CODE: ReadonlyMap<string, string> = /*#__PURE__*/ new Map(COUNTRY_TABLE);

/**
 * Whether `code` is an officially assigned ISO 3166-1 alpha-2 code. Exact match: upper case,
 * two letters; user-assigned codes such as XK (Kosovo) or EU are not countries here.
 *
 * @example
 * isCountryCode('LI'); // true
 * isCountryCode('XK'); // false
 */
export function isCountryCode(code: string): boolean {
  return NAME_BY_CODE.has(code);
}

/**
 * The English short name of a country, or `undefined` for a code that is not assigned.
 *
 * @example
 * countryName('GR'); // 'Greece'
 */
export function countryName(code: string): string | undefined {
  return NAME_BY_CODE.get(code);
}
