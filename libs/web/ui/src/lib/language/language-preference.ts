import { type Language, isLanguage, negotiateLanguage } from '@manager/domain/languages';

/** Where this browser keeps the language chosen in the switch (or the account's, after sign-in). */
export const LANGUAGE_STORAGE_KEY = 'mgr.language';

/** The language chosen on this device, if any (storage may be off: then none). */
export function storedLanguage(): Language | null {
  try {
    const value = globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(value) ? value : null;
  } catch {
    return null;
  }
}

export function storeLanguage(language: Language): void {
  try {
    globalThis.localStorage?.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Storage off (private mode): the choice lasts until the reload only through the account.
  }
}

/**
 * The language the SPA starts in (main.ts, before bootstrap): the one chosen on this device,
 * else the best of the browser's languages, else English.
 */
export function startLanguage(languages: readonly string[] | undefined = globalThis.navigator?.languages): Language {
  return negotiateLanguage(storedLanguage(), (languages ?? []).join(','));
}

/**
 * The language the running SPA speaks: main.ts writes it on `<html lang>` before bootstrap
 * (the translations loaded are that language's); outside the app (a unit test), what it would start in.
 */
export function activeLanguage(): Language {
  const lang = globalThis.document?.documentElement.lang;
  return isLanguage(lang) ? lang : startLanguage();
}
