import { COUNTRIES, Country } from '@manager/domain';

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();

/** The countries of the picker in one language: their names, in that language's order, and the search over them. */
export interface CountrySearch {
  /** Every country, by name in the search's language. */
  readonly all: readonly Country[];
  /** The name of a country (code) in the search's language; the code itself when unknown. */
  name(code: string): string;
  /** Countries matching what was typed (see {@link searchCountries}). */
  search(query: string): readonly Country[];
  /** The country whose name (or code) is exactly what was typed, if any. */
  exact(text: string): Country | undefined;
}

/**
 * The picker's countries named in `locale` (Intl.DisplayNames), so "Suisse", "Schweiz" and
 * "Svizzera" are found as well as the English name; without a locale, the domain's English names.
 *
 * @example
 * countrySearch('de-CH').search('schw').map((c) => c.code); // ['CH', 'SE']
 */
export function countrySearch(locale?: string): CountrySearch {
  const names = locale ? new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' }) : null;
  const nameOf = (c: Country) => names?.of(c.code) ?? c.name;
  const all = COUNTRIES.map((c) => ({ ...c, name: nameOf(c) }));
  if (locale) all.sort((a, b) => a.name.localeCompare(b.name, locale));
  const byCode = new Map(all.map((c) => [c.code, c]));
  const index = all.map((c) => ({ country: c, name: fold(c.name), code: c.code.toLowerCase() }));
  return {
    all,
    name: (code) => byCode.get(code.toUpperCase())?.name ?? code,
    search(query) {
      const q = fold(query);
      if (!q) return all;
      const starts: Country[] = [];
      const contains: Country[] = [];
      for (const entry of index) {
        if (entry.code === q || entry.name.startsWith(q)) starts.push(entry.country);
        else if (entry.name.includes(q)) contains.push(entry.country);
      }
      return [...starts, ...contains];
    },
    exact(text) {
      const q = fold(text);
      return q ? index.find((e) => e.name === q || e.code === q)?.country : undefined;
    },
  };
}

const ENGLISH = countrySearch();

/**
 * Countries matching what was typed, for the country picker: accents and case ignored, names
 * starting with the text first, then names containing it; a two-letter ISO code matches too.
 *
 * @example
 * searchCountries('swi').map((c) => c.code); // ['CH']
 */
export function searchCountries(query: string): readonly Country[] {
  return ENGLISH.search(query);
}

/** The country whose name (or code) is exactly what was typed, if any. */
export function exactCountry(text: string): Country | undefined {
  return ENGLISH.exact(text);
}
