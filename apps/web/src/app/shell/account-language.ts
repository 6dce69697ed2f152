import { type Language, LanguageEnum, isLanguage } from '@manager/domain/languages';
import type { Language as LanguageEnumValue } from '@manager/web-data-access/light';
import { activeLanguage, storeLanguage } from '@manager/web-ui';

/** The session's note that it already reloaded for the account's language (no loop if that load fails). */
const RELOADED_FOR = 'mgr.language-reloaded-for';

/** 'fr' → 'FR', the GraphQL enum value. */
export function languageEnumOf(language: Language): LanguageEnumValue {
  return language.toUpperCase() as LanguageEnumValue;
}

/** 'FR' → 'fr'; null for none (not chosen yet) or an unknown value. */
export function languageOfEnum(value: string | null | undefined): Language | null {
  const language = value ? (LanguageEnum as Record<string, string>)[value] : undefined;
  return isLanguage(language) ? language : null;
}

/**
 * After sign-in: when the account has a language and the app runs in another one, keep the
 * account's on this device and reload in it, once per session and language (a reload that
 * still cannot load it, offline, stays in the language it has). None saved: nothing to follow.
 */
export function followAccountLanguage(saved: string | null | undefined, reload: () => void = () => location.reload()): boolean {
  const language = languageOfEnum(saved);
  if (!language || language === activeLanguage()) return false;
  storeLanguage(language);
  try {
    if (sessionStorage.getItem(RELOADED_FOR) === language) return false;
    sessionStorage.setItem(RELOADED_FOR, language);
  } catch {
    // No session storage: the stored language makes the next start right anyway.
  }
  reload();
  return true;
}
