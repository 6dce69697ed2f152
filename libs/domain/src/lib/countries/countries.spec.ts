import { COUNTRIES, countryName, isCountryCode } from './countries';

describe('COUNTRIES (ISO 3166-1 alpha-2)', () => {
  const codes = COUNTRIES.map((c) => c.code);

  it('holds exactly the 249 officially assigned codes, each once', () => {
    expect(codes).toHaveLength(249);
    expect(new Set(codes).size).toBe(249);
  });

  it('uses two upper-case letters for every code and a non-empty name', () => {
    for (const { code, name } of COUNTRIES) {
      expect(code).toMatch(/^[A-Z]{2}$/);
      expect(name.trim()).not.toBe('');
    }
  });

  it('is sorted by English name, as a picker shows it', () => {
    const names = COUNTRIES.map((c) => c.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
  });

  it.each([
    ['CH', 'Switzerland'],
    ['LI', 'Liechtenstein'],
    ['FR', 'France'],
    ['GR', 'Greece'],
    ['GB', 'United Kingdom'],
    ['DE', 'Germany'],
    ['US', 'United States of America'],
    ['CZ', 'Czechia'],
    ['AX', 'Åland Islands'],
    ['SS', 'South Sudan'],
    ['BQ', 'Bonaire, Sint Eustatius and Saba'],
    ['AQ', 'Antarctica'],
  ])('knows %s as %s', (code, name) => {
    expect(isCountryCode(code)).toBe(true);
    expect(countryName(code)).toBe(name);
  });

  it.each(['XK', 'EU', 'EL', 'UK', 'XI', 'AN', 'ch', '', 'CHE'])(
    'does not treat %j as a country (user-assigned, reserved, withdrawn or malformed)',
    (code) => {
      expect(isCountryCode(code)).toBe(false);
      expect(countryName(code)).toBeUndefined();
    },
  );

  it('cannot be changed at run time by a caller', () => {
    expect(Object.isFrozen(COUNTRIES)).toBe(true);
    expect(Object.isFrozen(COUNTRIES[0])).toBe(true);
  });
});
