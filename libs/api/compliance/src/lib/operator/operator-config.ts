import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { type Language, LANGUAGES, PRODUCT_CATEGORY_LABELS, type ProductCategory } from '@manager/domain';

/**
 * Who runs this copy of the Manager, read from ONE file (`config/operator.json`, or the file
 * `OPERATOR_CONFIG` names) and validated at start: the processor named in the data processing
 * agreement, its sub-processors, and the optional cookie categories it enables. Nothing of it is
 * in code, so an operator changes a file, not the source.
 */
/**
 * A text people read, per language: English required, French, German and Italian optional (the
 * English is shown where one is missing). In the file, a plain string is the English for every language.
 */
export type LocalizedText = { en: string } & Partial<Record<Exclude<Language, 'en'>, string>>;

/** The file's settings; `T` is how a text people read is held: per language in the file, one string once localized. */
export interface OperatorSettings<T> {
  operator: {
    name: string;
    addressLines: string[];
    /** ISO 3166-1 alpha-2. */
    country: string;
    companyNumber: string;
    /** Where people write about their data (privacy statement, agreement). */
    email: string;
    /** The name may carry a title ("…, Data Protection Officer"): a text per language. */
    dataProtectionOfficer: { name: T; email: string };
    /** Art. 27 GDPR representative in the EU, for an operator established outside it. */
    euRepresentative: { name: string; addressLines: string[] } | null;
    supervisoryAuthority: T;
  };
  dataProcessingAgreement: {
    /** Printed on every certificate; a new version is a new text to generate again. */
    version: string;
    /** YYYY-MM-DD. */
    effectiveDate: string;
    dataCentres: T[];
  };
  subProcessors: {
    /** YYYY-MM-DD: the date the list is printed with. */
    updatedOn: string;
    list: SubProcessorOf<T>[];
  };
  cookies: { optionalCategories: CookieCategoryOf<T>[] };
}

export interface SubProcessorOf<T> {
  name: string;
  purpose: T;
  location: T;
  /** The product categories it serves, or every product. */
  products: 'ALL' | ProductCategory[];
}

/** An optional cookie category an operator enables (preferences, analytics…): off until chosen. */
export interface CookieCategoryOf<T> {
  /** Stable key stored with each decision, e.g. `analytics`. */
  id: string;
  label: T;
  description: T;
}

/** The configuration as read from the file: the texts people read in every language it gives. */
export type OperatorConfig = OperatorSettings<LocalizedText>;
/** The configuration in one reader's language (`operatorView`): what the PDFs and public pages print. */
export type OperatorView = OperatorSettings<string>;
export type SubProcessor = SubProcessorOf<string>;
export type CookieCategory = CookieCategoryOf<string>;

export class OperatorConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`The operator configuration is invalid:\n- ${problems.join('\n- ')}`);
  }
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const CATEGORY_ID = /^[a-z][a-z0-9-]{1,30}$/;
const PRODUCT_CATEGORIES = Object.keys(PRODUCT_CATEGORY_LABELS);

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A reader of one JSON object that records what is wrong instead of throwing at the first problem. */
class Reader {
  constructor(private readonly problems: string[]) {}
  object(value: unknown, path: string): Json {
    if (isObject(value)) return value;
    this.problems.push(`${path} must be an object.`);
    return {};
  }
  text(value: unknown, path: string, pattern?: RegExp): string {
    if (typeof value === 'string' && value.trim() && (!pattern || pattern.test(value))) return value.trim();
    this.problems.push(`${path} must be ${pattern ? `text like ${pattern.source}` : 'non-empty text'}.`);
    return '';
  }
  lines(value: unknown, path: string): string[] {
    if (Array.isArray(value) && value.length && value.every((line) => typeof line === 'string' && line.trim())) return value.map((line: string) => line.trim());
    this.problems.push(`${path} must be a non-empty list of non-empty lines.`);
    return [];
  }
  /** A string (the English, for every language) or `{ en, fr?, de?, it? }`, each non-empty. */
  localized(value: unknown, path: string): LocalizedText {
    if (typeof value === 'string') return { en: this.text(value, path) };
    if (!isObject(value) || typeof value['en'] !== 'string') {
      this.problems.push(`${path} must be non-empty text, or texts by language with English required ({"en": "…", "fr": "…", "de": "…", "it": "…"}).`);
      return { en: '' };
    }
    const texts: Record<string, string> = {};
    for (const [language, text] of Object.entries(value)) {
      if (!(LANGUAGES as readonly string[]).includes(language)) this.problems.push(`${path}.${language}: not a language of the Manager (${LANGUAGES.join(', ')}).`);
      else texts[language] = this.text(text, `${path}.${language}`);
    }
    return texts as LocalizedText;
  }
  localizedLines(value: unknown, path: string): LocalizedText[] {
    if (Array.isArray(value) && value.length) return value.map((line, i) => this.localized(line, `${path}.${i}`));
    this.problems.push(`${path} must be a non-empty list of non-empty lines.`);
    return [];
  }
  list(value: unknown, path: string): unknown[] {
    if (Array.isArray(value)) return value;
    this.problems.push(`${path} must be a list.`);
    return [];
  }
}

/** Validates the parsed file; every problem at once, with its path, in `OperatorConfigError`. */
export function parseOperatorConfig(raw: unknown): OperatorConfig {
  const problems: string[] = [];
  const r = new Reader(problems);
  const root = r.object(raw, '(file)');
  const op = r.object(root['operator'], 'operator');
  const dpo = r.object(op['dataProtectionOfficer'], 'operator.dataProtectionOfficer');
  const rep = op['euRepresentative'] == null ? null : r.object(op['euRepresentative'], 'operator.euRepresentative');
  const dpa = r.object(root['dataProcessingAgreement'], 'dataProcessingAgreement');
  const subs = r.object(root['subProcessors'], 'subProcessors');
  const cookies = r.object(root['cookies'], 'cookies');

  const subProcessors = r.list(subs['list'], 'subProcessors.list').map((item, i): SubProcessorOf<LocalizedText> => {
    const path = `subProcessors.list.${i}`;
    const sub = r.object(item, path);
    const products = sub['products'];
    if (products !== 'ALL' && !(Array.isArray(products) && products.length && products.every((p) => PRODUCT_CATEGORIES.includes(p)))) {
      problems.push(`${path}.products must be "ALL" or a list of product categories (${PRODUCT_CATEGORIES.join(', ')}).`);
    }
    return {
      name: r.text(sub['name'], `${path}.name`),
      purpose: r.localized(sub['purpose'], `${path}.purpose`),
      location: r.localized(sub['location'], `${path}.location`),
      products: products === 'ALL' ? 'ALL' : ((Array.isArray(products) ? products : []) as ProductCategory[]),
    };
  });
  const categories = r.list(cookies['optionalCategories'], 'cookies.optionalCategories').map((item, i): CookieCategoryOf<LocalizedText> => {
    const path = `cookies.optionalCategories.${i}`;
    const category = r.object(item, path);
    return { id: r.text(category['id'], `${path}.id`, CATEGORY_ID), label: r.localized(category['label'], `${path}.label`), description: r.localized(category['description'], `${path}.description`) };
  });
  const ids = categories.map((c) => c.id);
  if (new Set(ids).size !== ids.length) problems.push('cookies.optionalCategories: each id once.');
  if (ids.includes('necessary')) problems.push('cookies.optionalCategories: "necessary" is always on and not optional.');

  const config: OperatorConfig = {
    operator: {
      name: r.text(op['name'], 'operator.name'),
      addressLines: r.lines(op['addressLines'], 'operator.addressLines'),
      country: r.text(op['country'], 'operator.country', /^[A-Z]{2}$/),
      companyNumber: r.text(op['companyNumber'], 'operator.companyNumber'),
      email: r.text(op['email'], 'operator.email', EMAIL),
      dataProtectionOfficer: { name: r.localized(dpo['name'], 'operator.dataProtectionOfficer.name'), email: r.text(dpo['email'], 'operator.dataProtectionOfficer.email', EMAIL) },
      euRepresentative: rep ? { name: r.text(rep['name'], 'operator.euRepresentative.name'), addressLines: r.lines(rep['addressLines'], 'operator.euRepresentative.addressLines') } : null,
      supervisoryAuthority: r.localized(op['supervisoryAuthority'], 'operator.supervisoryAuthority'),
    },
    dataProcessingAgreement: {
      version: r.text(dpa['version'], 'dataProcessingAgreement.version', /^[\w.-]{1,20}$/),
      effectiveDate: r.text(dpa['effectiveDate'], 'dataProcessingAgreement.effectiveDate', DAY),
      dataCentres: r.localizedLines(dpa['dataCentres'], 'dataProcessingAgreement.dataCentres'),
    },
    subProcessors: { updatedOn: r.text(subs['updatedOn'], 'subProcessors.updatedOn', DAY), list: subProcessors },
    cookies: { optionalCategories: categories },
  };
  if (problems.length) throw new OperatorConfigError(problems);
  return config;
}

/** Reads and validates the file; a missing file or bad JSON is an `OperatorConfigError` too. */
export function loadOperatorConfig(path: string): OperatorConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new OperatorConfigError([`${path}: ${(error as Error).message}`]);
  }
  return parseOperatorConfig(raw);
}

/**
 * The version of the cookie choices: derived from the optional categories themselves (ids,
 * labels, descriptions), so that any change to what people are asked re-asks everyone, and an
 * operator cannot forget to bump it.
 */
export function cookiePolicyVersion(config: OperatorConfig): string {
  // A text given in English only hashes as the plain string it was before texts had languages: no one is asked again for that.
  const compact = (text: LocalizedText) => (Object.keys(text).length === 1 ? text.en : text);
  const categories = config.cookies.optionalCategories.map((c) => ({ id: c.id, label: compact(c.label), description: compact(c.description) }));
  return createHash('sha256').update(JSON.stringify(categories)).digest('hex').slice(0, 12);
}

let current: OperatorConfig | null = null;

/** Set once at start by the app (tests may set another). */
export function setOperatorConfig(config: OperatorConfig): void {
  current = config;
}

export function operatorConfig(): OperatorConfig {
  if (!current) throw new Error('The operator configuration was not loaded (setOperatorConfig at start).');
  return current;
}

/** A text in `language`, else in English. */
export function localizedText(text: LocalizedText, language: Language): string {
  return text[language] ?? text.en;
}

/** The configuration as `language` reads it: each text in that language, else in English. */
export function operatorView(language: Language, config: OperatorConfig = operatorConfig()): OperatorView {
  const t = (text: LocalizedText) => localizedText(text, language);
  return {
    operator: { ...config.operator, dataProtectionOfficer: { ...config.operator.dataProtectionOfficer, name: t(config.operator.dataProtectionOfficer.name) }, supervisoryAuthority: t(config.operator.supervisoryAuthority) },
    dataProcessingAgreement: { ...config.dataProcessingAgreement, dataCentres: config.dataProcessingAgreement.dataCentres.map(t) },
    subProcessors: { ...config.subProcessors, list: config.subProcessors.list.map((sub) => ({ ...sub, purpose: t(sub.purpose), location: t(sub.location) })) },
    cookies: { optionalCategories: config.cookies.optionalCategories.map((c) => ({ ...c, label: t(c.label), description: t(c.description) })) },
  };
}
