import type { Language } from '../i18n/languages';

/**
 * The password estimator's advice (zxcvbn-ts's warnings and suggestions) in a person's language,
 * from the `translations` the zxcvbn-ts language packages ship. The estimator speaks English
 * (password-estimator.ts); its English sentence is the key here, as an English error message is
 * the key of the API's error catalogs.
 *
 * All four packages have the same keys (language-en and -fr 4.x, language-de and -it 3.0.2: 16
 * warnings, 14 suggestions each, checked by password-advice.spec.ts); a key one lacked would stay
 * in English. Two adjustments, so that the advice reads like the rest of the product: German is
 * written the Swiss way (ss, never ß), and every sentence ends with a full stop (some French ones
 * have none).
 */

interface AdviceTexts {
  warnings: Record<string, string>;
  suggestions: Record<string, string>;
}

/** One dynamic import per language: a page loads only the packages of the languages it asks for. */
const PACKAGES: Record<Language, () => Promise<{ translations: AdviceTexts }>> = {
  en: () => import('@zxcvbn-ts/language-en'),
  fr: () => import('@zxcvbn-ts/language-fr'),
  de: () => import('@zxcvbn-ts/language-de'),
  it: () => import('@zxcvbn-ts/language-it'),
};

/** A language's advice by key ("straightRow"), as the product writes it. */
type Advice = ReadonlyMap<string, string>;

const loaded = new Map<Language, Advice>();
const loading = new Map<Language, Promise<void>>();
/** English sentence (first letter lower-cased) → key. */
let keysByEnglish: Map<string, string> | null = null;

function adapted(language: Language, text: string): string {
  const swiss = language === 'de' ? text.replace(/ß/gu, 'ss') : text;
  return /[.!?]$/u.test(swiss) ? swiss : `${swiss}.`;
}

async function loadOne(language: Language): Promise<void> {
  if (loaded.has(language)) return;
  let pending = loading.get(language);
  if (!pending) {
    pending = PACKAGES[language]().then(({ translations }) => {
      const advice = new Map<string, string>();
      for (const section of ['warnings', 'suggestions'] as const) {
        for (const [key, text] of Object.entries(translations[section] ?? {})) advice.set(`${section}.${key}`, adapted(language, text));
      }
      loaded.set(language, advice);
      if (language === 'en') keysByEnglish = new Map([...advice].map(([key, text]) => [lowerFirst(text), key]));
    });
    pending.catch(() => loading.delete(language));
    loading.set(language, pending);
  }
  await pending;
}

/**
 * Makes `passwordAdviceIn(…, language)` ready: English (the keys) and `language`, nothing else.
 * Memoized; the SPA calls it with the current language only, the API with each language once.
 */
export async function loadPasswordAdvice(language: Language): Promise<void> {
  await Promise.all([loadOne('en'), loadOne(language)]);
}

/**
 * An English warning or suggestion of the estimator in `language`; as it is when it is not one,
 * or when `loadPasswordAdvice(language)` has not finished. A sentence given with its first letter
 * lower-cased (after a colon: "…too easy to guess: dates are easy to guess.") comes back the same
 * way, except in German, where what follows a colon keeps its capital (a sentence, often a noun).
 *
 * @example
 * await loadPasswordAdvice('fr');
 * passwordAdviceIn('Dates are easy to guess.', 'fr'); // 'Les dates sont faciles à deviner.'
 */
export function passwordAdviceIn(english: string, language: Language): string {
  const key = keysByEnglish?.get(lowerFirst(english.trim()));
  const text = key ? loaded.get(language)?.get(key) : undefined;
  if (!text) return english;
  const lowered = english.charAt(0) !== english.charAt(0).toUpperCase();
  return lowered && language !== 'de' ? lowerFirst(text) : text;
}

function lowerFirst(sentence: string): string {
  return sentence.charAt(0).toLowerCase() + sentence.slice(1);
}
