import { InjectionToken, Provider } from '@angular/core';

/** When the browser names nothing usable: day-month-year and the euro sign where it belongs. */
export const FALLBACK_LOCALE = 'en-GB';

/**
 * The first of the browser's languages that `Intl` formats with (`navigator.languages`, most
 * preferred first), or `FALLBACK_LOCALE`.
 *
 * @example
 * browserLocale(['fr-CH', 'en']); // 'fr-CH'
 */
export function browserLocale(languages: readonly string[] | undefined = globalThis.navigator?.languages): string {
  for (const language of languages ?? []) {
    try {
      if (Intl.DateTimeFormat.supportedLocalesOf(language).length) return language;
    } catch {
      // Not a language tag: try the next one.
    }
  }
  return FALLBACK_LOCALE;
}

/**
 * The locale every date, number and amount of the SPA is written in: the one place it comes
 * from. Today the browser's language; the account's language preference (the languages issue)
 * provides it with `provideDisplayLocale()` instead. Angular's LOCALE_ID is left alone on
 * purpose: it would need Angular's locale data, and nothing else formats through it.
 */
export const DISPLAY_LOCALE = new InjectionToken<string>('DISPLAY_LOCALE', { providedIn: 'root', factory: () => browserLocale() });

/** `provideDisplayLocale('fr-CH')`: the locale chosen elsewhere (an account preference, a test). */
export function provideDisplayLocale(locale: string): Provider {
  return { provide: DISPLAY_LOCALE, useValue: locale };
}
