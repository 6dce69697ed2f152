import { type Language, LANGUAGES, regionalLocale } from '@manager/domain';
import { lineDescriptionMessages as m } from './line-descriptions.catalog';
import { legacyLineFacts, type LineFacts } from './line-facts';

/** What every language writes for one line: the materialized texts the CSV exports read (COPY runs no JavaScript). */
export type LineTexts = Record<Language, string>;

/**
 * The one sentence of a wallet movement or an invoice line in `language`, from its facts: GraphQL
 * (`WalletEntry.description`, `InvoiceLine.description`), the invoice PDF and, through
 * `describeLineInEveryLanguage`, the CSV exports all write it with this function. Dates, amounts
 * and rates by `Intl` in the regional locale of the language and the reader's country.
 */
export function describeLine(language: Language, facts: LineFacts): string {
  if (facts.kind === 'TOP_UP') return m.t(language, 'topUp');
  if (facts.kind === 'OPENING_BALANCE') return m.t(language, 'openingBalance');
  const locale = regionalLocale(language, facts.country);
  const money = (amount: { amountMinor: number; currency: string }) => new Intl.NumberFormat(locale, { style: 'currency', currency: amount.currency }).format(amount.amountMinor / 100);
  if (facts.kind === 'COMMISSION') {
    const rate = `${new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(facts.rateBp / 100)} %`;
    return m.t(language, 'commission', { kind: facts.commission, rate, base: money(facts.base), product: facts.product, client: facts.client });
  }
  const day = (date: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
  const category = m.t(language, 'category', { category: facts.category });
  let line =
    facts.order === 'RENEWAL' && facts.from
      ? m.t(language, 'renewal', { product: facts.product, category, from: day(facts.from), until: day(facts.until) })
      : m.t(language, 'newProduct', { product: facts.product, category, until: day(facts.until) });
  if (facts.client) line = m.t(language, 'forClient', { line, client: facts.client });
  if (facts.publicPrice) line = m.t(language, 'resellerPrice', { line, publicPrice: money(facts.publicPrice) });
  return line;
}

/** The sentence in every language, written beside the facts when the row is (for the CSV exports). */
export function describeLineInEveryLanguage(facts: LineFacts): LineTexts {
  return Object.fromEntries(LANGUAGES.map((language) => [language, describeLine(language, facts)])) as LineTexts;
}

/**
 * What a person reads for a stored row: written from its facts; for a row stored before them,
 * from the facts its English text tells (`legacyLineFacts`); any other text as it was written.
 */
export function readableDescription(language: Language, row: { description: string; descriptionFacts: LineFacts | null }, country: string | null = null): string {
  const facts = row.descriptionFacts ?? legacyLineFacts(row.description, country);
  return facts ? describeLine(language, facts) : row.description;
}

/**
 * The SQL of a row's sentence in `language` for the CSV exports: the text `describeLine` wrote in
 * that language when the row was, else the row's English text (a row whose text told no facts).
 */
export function describedLineSql(alias: string, language: Language): string {
  if (!LANGUAGES.includes(language)) throw new Error(`describedLineSql: no language ${language}`);
  return `coalesce(${alias}.description_texts ->> '${language}', ${alias}.description)`;
}
