/**
 * The languages a person can read the Manager in: the reference operator's four. English is the
 * source language of every catalog and the fallback when nothing better is known.
 */
export const LANGUAGES = ['en', 'fr', 'de', 'it'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'en';

/** Each language named in itself, for the language switch. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { en: 'English', fr: 'Français', de: 'Deutsch', it: 'Italiano' };

/** The GraphQL enum `Language` (EN, FR, DE, IT) over the language codes. */
export const LanguageEnum = { EN: 'en', FR: 'fr', DE: 'de', IT: 'it' } as const satisfies Record<string, Language>;

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The language to answer in: the account's saved preference, else the best of `Accept-Language`
 * (RFC 9110 quality values; `fr-CH` counts as `fr`), else English.
 *
 * @example
 * negotiateLanguage(null, 'de-CH,de;q=0.9,en;q=0.8'); // 'de'
 * negotiateLanguage('it', 'fr'); // 'it'
 */
export function negotiateLanguage(saved: string | null | undefined, acceptLanguage: string | null | undefined): Language {
  if (isLanguage(saved)) return saved;
  const ranked = (acceptLanguage ?? '')
    .slice(0, 512)
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const quality = q ? Number(q.slice(2)) : 1;
      return { primary: tag.trim().toLowerCase().split('-')[0], quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((entry) => entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  return ranked.map((entry) => entry.primary).find(isLanguage) ?? DEFAULT_LANGUAGE;
}

/** Countries where each language is an official one, so the regional locale follows the organization. */
const REGIONS: Readonly<Record<Language, readonly string[]>> = {
  en: ['GB', 'IE', 'US', 'CA', 'AU', 'NZ', 'MT'],
  fr: ['CH', 'FR', 'BE', 'LU', 'CA', 'MC'],
  de: ['CH', 'DE', 'AT', 'LI', 'LU', 'BE'],
  it: ['CH', 'IT', 'SM'],
};
/** Where the country says nothing (none, or not one of the language's): the reference operator is Swiss. */
const DEFAULT_REGION: Readonly<Record<Language, string>> = { en: 'GB', fr: 'CH', de: 'CH', it: 'CH' };

/**
 * The regional locale dates, numbers and money are written in: the language, in the
 * organization's country when the language is spoken there, else the language's default region.
 * `Intl` does the formatting; nothing is hard-coded.
 *
 * @example
 * regionalLocale('de', 'DE'); // 'de-DE'
 * regionalLocale('fr', 'DE'); // 'fr-CH'
 * regionalLocale('en', 'CH'); // 'en-GB'
 */
export function regionalLocale(language: Language, countryCode?: string | null): string {
  const country = countryCode?.toUpperCase();
  const region = country && REGIONS[language].includes(country) ? country : DEFAULT_REGION[language];
  return `${language}-${region}`;
}
