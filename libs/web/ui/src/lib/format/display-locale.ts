import { InjectionToken, Provider } from '@angular/core';
import { type Language, regionalLocale } from '@manager/domain/languages';
import { activeLanguage } from '../language/language-preference';

/** Where this browser keeps the country of the organization last opened (see rememberOrganizationCountry). */
export const ORGANIZATION_COUNTRY_STORAGE_KEY = 'mgr.organization-country';

/** The country remembered by the shell, if any (storage may be off). */
export function rememberedOrganizationCountry(): string | null {
  try {
    return globalThis.localStorage?.getItem(ORGANIZATION_COUNTRY_STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

/**
 * Called by the shell with the country of the organization in the URL, once the account is read:
 * the display locale is fixed when the app starts (one value for every pipe), so the country
 * applies from the next start, which a language switch or a reload is.
 */
export function rememberOrganizationCountry(countryCode: string | null | undefined): void {
  try {
    if (countryCode) globalThis.localStorage?.setItem(ORGANIZATION_COUNTRY_STORAGE_KEY, countryCode);
  } catch {
    // Storage off: the language's default region.
  }
}

/**
 * The locale dates, numbers and money are written in: the active language in the
 * organization's country when the language is spoken there (`de` + CH → `de-CH`), else the
 * language's default region (`fr` → `fr-CH`, `en` → `en-GB`; never US dates).
 *
 * @example
 * displayLocale('de', 'DE'); // 'de-DE'
 * displayLocale('en', null); // 'en-GB'
 */
export function displayLocale(language: Language = activeLanguage(), countryCode: string | null = rememberedOrganizationCountry()): string {
  return regionalLocale(language, countryCode);
}

/**
 * The locale every date, number and amount of the SPA is written in: the one place it comes
 * from. Angular's LOCALE_ID is the bare language (main.ts: for ICU plural rules); formatting
 * goes through `Intl` with this regional locale (format.ts, format.pipes.ts).
 */
export const DISPLAY_LOCALE = new InjectionToken<string>('DISPLAY_LOCALE', { providedIn: 'root', factory: () => displayLocale() });

/** `provideDisplayLocale('fr-CH')`: a locale chosen elsewhere (a test, a preview). */
export function provideDisplayLocale(locale: string): Provider {
  return { provide: DISPLAY_LOCALE, useValue: locale };
}
