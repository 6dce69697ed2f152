import { catalogProblems, defineCatalog } from './catalog';

describe('defineCatalog', () => {
  const sample = defineCatalog('sample', {
    en: { left: '{count, plural, one {# code left} other {# codes left}}', hello: 'Hello {name}' },
    fr: { left: '{count, plural, one {# code restant} other {# codes restants}}', hello: 'Bonjour {name}' },
    de: { left: '{count, plural, one {# Code übrig} other {# Codes übrig}}', hello: 'Hallo {name}' },
    it: { left: '{count, plural, one {# codice rimasto} other {# codici rimasti}}', hello: 'Ciao {name}' },
  });

  it('formats ICU plurals by the language rules', () => {
    expect(sample.t('fr', 'left', { count: 0 })).toBe('0 code restant');
    expect(sample.t('en', 'left', { count: 0 })).toBe('0 codes left');
    expect(sample.t('de', 'hello', { name: 'Lea' })).toBe('Hallo Lea');
  });

  it('has no problem when every language has the keys and arguments of English', () => {
    expect(catalogProblems(sample)).toEqual([]);
  });

  it('finds missing keys, extra keys, other arguments and broken messages', () => {
    const broken = defineCatalog('broken', {
      en: { a: 'A {x}', b: 'B' },
      fr: { a: 'A {y}', b: 'B' },
      de: { a: 'A {x}' } as never,
      it: { a: 'A {x', b: 'B', c: 'C' } as never,
    });
    expect(catalogProblems(broken)).toEqual(
      expect.arrayContaining([
        'broken.de: missing b',
        'broken.it: c is not in English',
        expect.stringMatching(/^broken\.fr\.a: arguments \{y\} differ/u),
        expect.stringMatching(/^broken\.it\.a: /u),
      ]),
    );
  });
});
