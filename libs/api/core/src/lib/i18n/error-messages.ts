import { IntlMessageFormat } from 'intl-messageformat';
import { COUNTRIES, type Language, regionalLocale } from '@manager/domain';
import { type Catalog, type CatalogSource, defineCatalog, type MessageValues } from './catalog';

/**
 * Error messages are written in English where they are thrown (the code reads as before, logs
 * stay in English) and translated where the answer is written: the GraphQL response
 * (`localizeErrorsPlugin` in the app) and `sendJsonError`, with the caller's `ctx.language`. The
 * English message is the key: each context declares its messages in an error catalog whose
 * English text is exactly what its code throws, with ICU arguments `{name}` where the code puts a
 * value. A message no catalog knows is sent as it is, in English: a new message can never break
 * an answer, only wait for its translation.
 */

/** One English template of an error catalog, matched against thrown messages. */
interface Template {
  catalog: Catalog<string>;
  key: string;
  /** The English message as a pattern, its arguments as named groups; null when it has none. */
  pattern: RegExp | null;
  names: string[];
  /** How many literal characters it has: the most specific template wins. */
  weight: number;
  /** The English message as thrown (ICU quotes resolved), for a template without arguments. */
  text: string;
}

const exact = new Map<string, Template>();
const patterns: Template[] = [];
const errorCatalogs: Catalog<string>[] = [];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/**
 * An argument between double quotes (`"{type}"`, `"\${name}"`, `"@{directive}"`) is a name: it holds
 * no quote itself, so that a template cannot match across the quotes of a longer message
 * (`Variable "$input" got … Field "name" of required type "String!" was not provided.` is no
 * `Variable "\${name}" of required type "{type}" was not provided.`).
 */
function isQuoted(elements: Array<{ type: number; value: string }>, index: number): boolean {
  const before = elements[index - 1];
  const after = elements[index + 1];
  return before?.type === 0 && /"[$@]?$/u.test(before.value) && after?.type === 0 && after.value.startsWith('"');
}

/** Literal text (type 0) and simple arguments (type 1) only: the English side of an error catalog mirrors a template literal. */
function templateOf(catalog: Catalog<string>, key: string): Template {
  const elements = new IntlMessageFormat(catalog.source.en[key], 'en').getAst() as Array<{ type: number; value: string }>;
  const names: string[] = [];
  let source = '';
  let weight = 0;
  for (const [index, element] of elements.entries()) {
    if (element.type === 0) {
      source += escape(element.value);
      weight += element.value.length;
    } else if (element.type === 1) {
      names.push(element.value);
      source += isQuoted(elements, index) ? '([^"]+?)' : '([\\s\\S]+?)';
    } else {
      throw new Error(`${catalog.name}.en.${key}: an English error message has only text and {arguments} (it is matched against thrown messages)`);
    }
  }
  const text = elements.map((element) => (element.type === 0 ? element.value : '')).join('');
  return { catalog, key, pattern: names.length ? new RegExp(`^${source}$`, 'u') : null, names, weight, text };
}

/**
 * A context's error messages in every language, English exactly as thrown. Registered with the
 * other catalogs (the parity test covers it) and in the index `localizeErrorMessage` reads.
 *
 * @example
 * defineErrorCatalog('billing-errors', { en: { tooMany: 'Too many exports. Try again in {seconds} s.' }, fr: { tooMany: 'Trop d’exports. Réessayez dans {seconds} s.' }, … });
 */
export function defineErrorCatalog<K extends string>(name: string, source: CatalogSource<K>): Catalog<K> {
  const catalog = defineCatalog(name, source);
  errorCatalogs.push(catalog as unknown as Catalog<string>);
  for (const key of catalog.keys) {
    const template = templateOf(catalog as unknown as Catalog<string>, key);
    if (template.pattern) patterns.push(template);
    else if (!exact.has(template.text)) exact.set(template.text, template);
  }
  patterns.sort((a, b) => b.weight - a.weight);
  return catalog;
}

/** The error catalogs defined so far (import the contexts first). */
export function registeredErrorCatalogs(): readonly Catalog<string>[] {
  return errorCatalogs;
}

/** The catalog entry of an English error message, with the values it was thrown with; null when no catalog knows it. */
export function findErrorMessage(message: string): { catalog: Catalog<string>; key: string; values: MessageValues } | null {
  const found = exact.get(message);
  if (found) return { catalog: found.catalog, key: found.key, values: {} };
  for (const template of patterns) {
    const match = template.pattern?.exec(message);
    if (match) return { catalog: template.catalog, key: template.key, values: Object.fromEntries(template.names.map((name, i) => [name, match[i + 1]])) };
  }
  return null;
}

/**
 * An English error message in `language` (as it is when no catalog knows it). Values keep the
 * text they were thrown with (numbers, names and codes as the code printed them), except:
 * - an argument named `country`: an English country name ("France", "the Netherlands"), given in
 *   `language` by `Intl.DisplayNames`;
 * - an argument named `reason`: another message inside this one (graphql-js nests the coercion
 *   error after "; "), translated in turn;
 * - an argument given a translation of its own (`translateErrorArgument`);
 * - graphql-js's trailing " Did you mean "a", "b", or "c"?" (jsutils/didYouMean.js), translated
 *   apart from the message it ends, its names listed the language's way (`Intl.ListFormat`).
 */
export function localizeErrorMessage(message: string, language: Language): string {
  if (language === 'en') return message;
  const found = findErrorMessage(message);
  if (!found) return localizeWithSuggestions(message, language) ?? message;
  const values = { ...found.values };
  if (typeof values['country'] === 'string') values['country'] = countryIn(values['country'], language);
  if (typeof values['reason'] === 'string') values['reason'] = localizeErrorMessage(values['reason'], language);
  for (const [name, translate] of argumentTranslations) {
    if (typeof values[name] === 'string') values[name] = translate(values[name], language);
  }
  return found.catalog.t(language, found.key, values);
}

const argumentTranslations = new Map<string, (english: string, language: Language) => string>();

/**
 * An argument of error messages whose value is English text with a translation of its own,
 * known by its name in the catalogs: `warning`, the password estimator's advice (identity). The
 * function is synchronous and returns the English text when it knows no translation.
 *
 * @example
 * translateErrorArgument('warning', (english, language) => passwordAdviceIn(english, language));
 */
export function translateErrorArgument(name: string, translate: (english: string, language: Language) => string): void {
  argumentTranslations.set(name, translate);
}

/** didYouMean.js: ` Did you mean "a"?`, `… "a" or "b"?`, `… "a", "b", or "c"?`, enum values with "the enum value" first. */
const SUGGESTIONS = /^([\s\S]+?) Did you mean (the enum value )?((?:"[^"]*"(?:, or |, | or )?)+)\?$/u;

function localizeWithSuggestions(message: string, language: Language): string | null {
  const match = SUGGESTIONS.exec(message);
  if (!match) return null;
  const [, head, enumValue, list] = match;
  const suggestion = findErrorMessage(`Did you mean ${enumValue ?? ''}${list}?`);
  if (!suggestion || !findErrorMessage(head)) return null;
  const names = [...list.matchAll(/"([^"]*)"/gu)].map((name) => `"${name[1]}"`);
  const suggestions = new Intl.ListFormat(regionalLocale(language), { type: 'disjunction' }).format(names);
  return `${localizeErrorMessage(head, language)} ${suggestion.catalog.t(language, suggestion.key, { suggestions })}`;
}

let countryCodes: Map<string, string> | null = null;

function countryIn(englishName: string, language: Language): string {
  countryCodes ??= new Map(COUNTRIES.map((country) => [country.name.toLowerCase(), country.code]));
  const code = countryCodes.get(englishName.replace(/^the /iu, '').toLowerCase());
  return (code && new Intl.DisplayNames([regionalLocale(language)], { type: 'region' }).of(code)) || englishName;
}
