import { IntlMessageFormat } from 'intl-messageformat';
import { type Language, LANGUAGES, regionalLocale } from '@manager/domain';

/** One language's messages: ICU MessageFormat strings by key. */
export type Messages<K extends string> = Readonly<Record<K, string>>;

/** The messages of one context in every language; English is the source and names the keys. */
export type CatalogSource<K extends string> = { en: Messages<K> } & { [L in Exclude<Language, 'en'>]: Messages<K> };

export type MessageValues = Record<string, string | number | Date | boolean | null | undefined>;

export interface Catalog<K extends string> {
  readonly name: string;
  readonly keys: readonly K[];
  /** The message `key` in `language`, with ICU plurals, selects, numbers and dates formatted for it. */
  t(language: Language, key: K, values?: MessageValues): string;
  /** The raw ICU strings, for the parity test. */
  readonly source: CatalogSource<K>;
}

const registered: Catalog<string>[] = [];

/**
 * A context's server-side message catalog (ICU MessageFormat, formatted by intl-messageformat):
 * API error messages, emails, PDFs, CSV headers, activity lines. Each context owns its catalog,
 * as it owns its tables. Messages are compiled once, on first use. Every catalog registers itself
 * so that one test checks them all: the same keys in every language, the same ICU arguments, and
 * every message parses.
 *
 * @example
 * const errors = defineCatalog('members', { en: { notFound: 'No member {email}.' }, fr: {…}, de: {…}, it: {…} });
 * errors.t('fr', 'notFound', { email });
 */
export function defineCatalog<K extends string>(name: string, source: CatalogSource<K>): Catalog<K> {
  const compiled = new Map<string, IntlMessageFormat>();
  const keys = Object.keys(source.en) as K[];
  const catalog: Catalog<K> = {
    name,
    keys,
    source,
    t(language, key, values) {
      const id = `${language}\u0000${key}`;
      let format = compiled.get(id);
      if (!format) {
        const text = (source[language] as Messages<K>)[key] ?? source.en[key];
        // The regional locale only matters for numbers and dates inside a message; the language picks the plural rules.
        format = new IntlMessageFormat(text, regionalLocale(language));
        compiled.set(id, format);
      }
      return String(format.format(values as Record<string, string | number | Date | boolean>));
    },
  };
  registered.push(catalog as unknown as Catalog<string>);
  return catalog;
}

/** Every catalog defined so far (import the contexts first). */
export function registeredCatalogs(): readonly Catalog<string>[] {
  return registered;
}

/** What a catalog gets wrong: missing or extra keys per language, arguments that differ, messages that do not parse. */
export function catalogProblems(catalog: Catalog<string>): string[] {
  const problems: string[] = [];
  const expected = new Set(catalog.keys);
  for (const language of LANGUAGES) {
    const messages = catalog.source[language] ?? {};
    for (const key of expected) {
      if (!(key in messages)) problems.push(`${catalog.name}.${language}: missing ${key}`);
    }
    for (const key of Object.keys(messages)) {
      if (!expected.has(key)) problems.push(`${catalog.name}.${language}: ${key} is not in English`);
    }
    for (const key of expected) {
      const text = messages[key];
      if (text === undefined) continue;
      try {
        const args = argumentsOf(text);
        const english = argumentsOf(catalog.source.en[key]);
        if (args.join(',') !== english.join(',')) problems.push(`${catalog.name}.${language}.${key}: arguments {${args}} differ from English {${english}}`);
      } catch (error) {
        problems.push(`${catalog.name}.${language}.${key}: ${(error as Error).message}`);
      }
    }
  }
  return problems;
}

/** The names of a message's ICU arguments, sorted, nested ones included. */
function argumentsOf(text: string): string[] {
  const names = new Set<string>();
  const walk = (elements: unknown[]) => {
    for (const element of elements as Array<{ value?: unknown; options?: Record<string, { value: unknown[] }>; children?: unknown[] }>) {
      if (typeof element.value === 'string' && (element as { type: number }).type !== 0) names.add(element.value);
      for (const option of Object.values(element.options ?? {})) walk(option.value);
      if (element.children) walk(element.children);
    }
  };
  walk(new IntlMessageFormat(text, 'en').getAst() as unknown[]);
  return [...names].sort();
}
