import { waitInWords } from './wait-in-words';

describe('waitInWords', () => {
  it('reads seconds and minutes', () => {
    expect(waitInWords(1)).toBe('1 second');
    expect(waitInWords(45)).toBe('45 seconds');
    expect(waitInWords(60)).toBe('1 minute');
    expect(waitInWords(61)).toBe('2 minutes');
    expect(waitInWords(3600)).toBe('60 minutes');
  });

  it('reads the units in the display locale (Intl writes them)', () => {
    expect(waitInWords(45, 'de-CH')).toBe('45 Sekunden');
    expect(waitInWords(61, 'fr-CH')).toBe('2 minutes');
    expect(waitInWords(60, 'it-CH')).toBe('1 minuto');
  });

  it('falls back for nonsense', () => {
    expect(waitInWords(Number.NaN)).toBe('a moment');
    expect(waitInWords(0)).toBe('a moment');
  });
});
