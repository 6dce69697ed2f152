import { COUNTRIES, Country } from '@manager/domain';

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();

const INDEX = COUNTRIES.map((c) => ({ country: c, name: fold(c.name), code: c.code.toLowerCase() }));

/**
 * Countries matching what was typed, for the country picker: accents and case ignored, names
 * starting with the text first, then names containing it; a two-letter ISO code matches too.
 *
 * @example
 * searchCountries('swi').map((c) => c.code); // ['CH']
 */
export function searchCountries(query: string): readonly Country[] {
  const q = fold(query);
  if (!q) return COUNTRIES;
  const starts: Country[] = [];
  const contains: Country[] = [];
  for (const entry of INDEX) {
    if (entry.code === q || entry.name.startsWith(q)) starts.push(entry.country);
    else if (entry.name.includes(q)) contains.push(entry.country);
  }
  return [...starts, ...contains];
}

/** The country whose name (or code) is exactly what was typed, if any. */
export function exactCountry(text: string): Country | undefined {
  const q = fold(text);
  return q ? INDEX.find((e) => e.name === q || e.code === q)?.country : undefined;
}
