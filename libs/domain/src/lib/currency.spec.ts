import { currencyForCountry } from './currency';

describe('currencyForCountry', () => {
  it('bills Switzerland and Liechtenstein in francs and everyone else in euros', () => {
    expect(currencyForCountry('CH')).toBe('CHF');
    expect(currencyForCountry('LI')).toBe('CHF');
    expect(currencyForCountry('FR')).toBe('EUR');
    expect(currencyForCountry('US')).toBe('EUR');
  });
});
