import { catalogProblems, findErrorMessage, localizeErrorMessage, registeredCatalogs, registeredErrorCatalogs } from '@manager/api-core';
import { join } from 'node:path';
import { apiContexts } from '../src/contexts';
import { thrownMessages } from './support/thrown-messages';

/**
 * Every server-side catalog the app loads (through its wiring: importing the contexts registers
 * them) has the same keys in every language, the same ICU arguments, and messages that parse;
 * every context that refuses anything has its error catalog; and thrown English messages are
 * found and translated with their values.
 */

/** Contexts that throw no error of their own (nothing to translate). */
const THROWS_NOTHING = new Set(['catalog']);

describe('server catalogs', () => {
  it('are loaded through the app wiring', () => {
    expect(apiContexts.length).toBeGreaterThan(1);
    expect(registeredCatalogs().length).toBeGreaterThan(0);
  });

  it.each(registeredCatalogs().map((catalog) => [catalog.name, catalog] as const))('%s has every key and argument in every language', (_name, catalog) => {
    expect(catalogProblems(catalog)).toEqual([]);
  });

  it('has an error catalog for every context that throws errors', () => {
    const names = new Set(registeredErrorCatalogs().map((catalog) => catalog.name));
    for (const context of apiContexts) {
      if (!THROWS_NOTHING.has(context.name)) expect(names).toContain(`${context.name}-errors`);
    }
  });

  it('finds a thrown message by its English text and translates it with its values', () => {
    expect(localizeErrorMessage('Too many attempts. Try again in 42 s.', 'fr')).toBe('Trop de tentatives. Réessayez dans 42 s.');
    expect(localizeErrorMessage('Organization not found.', 'it')).toBe('Organizzazione non trovata.');
    expect(localizeErrorMessage('ada@example.com is already a member of this organization.', 'de')).toBe('ada@example.com ist bereits Mitglied dieser Organisation.');
    // The most specific template wins: not "{what} not found." with what = "Partner".
    expect(findErrorMessage('Partner not found: choose a partner listed in the directory.')?.key).toBe('partnerNotFound');
    // A country named in English is given in the reader's language.
    expect(localizeErrorMessage('A company in Germany needs a VAT number starting with DE, e.g. DE136695976.', 'fr')).toContain('(Allemagne)');
  });

  it('knows every message the code throws (a new one needs its translations)', () => {
    const messages = thrownMessages(join(__dirname, '../../..'), ['libs/api', 'apps/api/src']);
    expect(messages.length).toBeGreaterThan(150);
    const unknown = messages.filter((message) => !findErrorMessage(message.text)).map((message) => `${message.file}:${message.line}: ${message.text}`);
    expect(unknown).toEqual([]);
  });

  it('keeps English, and what no catalog knows, as it is', () => {
    expect(localizeErrorMessage('Organization not found.', 'en')).toBe('Organization not found.');
    expect(localizeErrorMessage('A message no catalog has heard of.', 'de')).toBe('A message no catalog has heard of.');
    // graphql-js's own messages have their catalog (graphql-errors).
    expect(localizeErrorMessage('Cannot query field "nope" on type "Query".', 'de')).toBe('Das Feld "nope" kann für den Typ "Query" nicht abgefragt werden.');
  });

  it('writes Swiss German: no ß in any German message', () => {
    for (const catalog of registeredCatalogs()) {
      for (const [key, text] of Object.entries(catalog.source.de)) expect(`${catalog.name}.${key}: ${text}`).not.toMatch(/ß/u);
    }
  });
});
