import { countrySearch, exactCountry, searchCountries } from './country-search';

describe('searchCountries', () => {
  it('finds by the start of the name, ignoring case and accents', () => {
    expect(searchCountries('swi').map((c) => c.code)).toEqual(['CH']);
    expect(searchCountries('aland')[0].code).toBe('AX');
  });

  it('lists names that start with the text before names that contain it', () => {
    const codes = searchCountries('land').map((c) => c.code);
    expect(codes.length).toBeGreaterThan(3);
    expect(codes).toContain('CH');
  });

  it('matches an ISO code', () => {
    expect(searchCountries('fr')[0].code).toBe('FR');
  });

  it('returns the full ISO list for an empty query', () => {
    expect(searchCountries('').length).toBe(249);
  });

  it('recognises an exact name or code', () => {
    expect(exactCountry('switzerland')?.code).toBe('CH');
    expect(exactCountry('LI')?.code).toBe('LI');
    expect(exactCountry('Swit')).toBeUndefined();
  });
});

describe('countrySearch in the reader\'s language', () => {
  it('names and finds countries in German, ordered by their German names', () => {
    const de = countrySearch('de-CH');
    expect(de.name('CH')).toBe('Schweiz');
    expect(de.search('schw').map((c) => c.code)).toEqual(expect.arrayContaining(['CH', 'SE']));
    expect(de.exact('deutschland')?.code).toBe('DE');
    const names = de.all.map((c) => c.name);
    expect(names.indexOf('Österreich')).toBeLessThan(names.indexOf('Schweiz'));
  });

  it('finds French names without their accents', () => {
    expect(countrySearch('fr-CH').search('etats-unis')[0].code).toBe('US');
  });
});
