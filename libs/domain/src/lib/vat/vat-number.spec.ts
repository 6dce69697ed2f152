import { notEuNote } from './vat-messages';
import { normalizeVatNumber, validateVatNumber, vatApplies, type VatCheck } from './vat-number';

const company = (country: string, vatNumber: string) =>
  validateVatNumber({ country, entityType: 'COMPANY', vatNumber });

function refusal(check: VatCheck): { code: string; message: string } {
  if (check.valid) throw new Error(`expected a refusal, got ${check.normalized}`);
  return check;
}

describe('normalizeVatNumber', () => {
  it.each([
    [' fr 40 303 265 045 ', 'FR40303265045'],
    ['de 136.695.976', 'DE136695976'],
    ['NL-8197.38.116.B.01', 'NL819738116B01'],
    ['ATU/135_856\t27', 'ATU13585627'],
    ['ie 8d79739i', 'IE8D79739I'],
    ['IE 1+23456T', 'IE1+23456T'],
  ])('%j → %s', (raw, expected) => {
    expect(normalizeVatNumber(raw)).toBe(expected);
  });
});

describe('validateVatNumber: who may hold an EU VAT number', () => {
  it('refuses a number for an individual, even a valid one', () => {
    const check = validateVatNumber({ country: 'FR', entityType: 'INDIVIDUAL', vatNumber: 'FR40303265045' });
    expect(refusal(check).code).toBe('INDIVIDUAL_HAS_NO_VAT');
    expect(refusal(check).message).toMatch(/only companies/i);
  });

  it('refuses a Swiss company and says why the EU number does not apply', () => {
    const { code, message } = refusal(company('CH', 'CHE-123.456.788'));
    expect(code).toBe('NOT_EU_COUNTRY');
    expect(message).toContain('Swiss companies are subject to Swiss VAT');
    expect(message).toContain('intra-Community exemption');
  });

  it('words the same reason as a note where no field is shown (nothing to leave empty)', () => {
    expect(notEuNote('CH')).toBe(
      'Swiss companies are subject to Swiss VAT and do not benefit from the intra-Community exemption, so no EU VAT number is asked for.',
    );
    expect(notEuNote('NO')).toMatch(/^Norway is outside the EU VAT area: .*, so no EU VAT number is asked for\.$/);
    expect(notEuNote('LI')).not.toContain('field');
  });

  it('refuses a Liechtenstein company with its own reason', () => {
    const { code, message } = refusal(company('LI', 'DE136695976'));
    expect(code).toBe('NOT_EU_COUNTRY');
    expect(message).toContain('Liechtenstein is not in the European Union');
  });

  it.each([
    ['US', 'The United States of America is outside the EU VAT area'],
    ['NO', 'Norway is outside the EU VAT area'],
    ['AX', 'The Åland Islands is outside the EU VAT area'],
  ])('refuses a company in %s, naming the country', (country, start) => {
    const { code, message } = refusal(company(country, '123456789'));
    expect(code).toBe('NOT_EU_COUNTRY');
    expect(message.startsWith(start)).toBe(true);
    expect(message).toContain('an EU VAT number does not apply');
  });

  it('refuses a country code that is not ISO 3166-1', () => {
    expect(refusal(company('XK', 'DE136695976')).code).toBe('UNKNOWN_COUNTRY');
    expect(refusal(company('fr', 'FR40303265045')).code).toBe('UNKNOWN_COUNTRY');
  });

  it('asks for a number when nothing but separators was typed', () => {
    const { code, message } = refusal(company('FR', ' - . '));
    expect(code).toBe('EMPTY');
    expect(message).toContain('e.g. FR40303265045');
  });
});

describe('validateVatNumber: prefixes', () => {
  it('adds the prefix to a number typed without it', () => {
    expect(company('FR', '40 303 265 045')).toEqual({ valid: true, normalized: 'FR40303265045' });
    expect(company('AT', 'U13585627')).toEqual({ valid: true, normalized: 'ATU13585627' });
    expect(company('ES', 'B58378431')).toEqual({ valid: true, normalized: 'ESB58378431' });
  });

  it('accepts a French number whose key is letters, typed without the prefix', () => {
    expect(company('FR', 'K7399859412')).toEqual({ valid: true, normalized: 'FRK7399859412' });
  });

  it("refuses another country's prefix with the prefix this country needs", () => {
    const { code, message } = refusal(company('FR', 'DE136695976'));
    expect(code).toBe('WRONG_PREFIX');
    expect(message).toBe('A company in France needs a VAT number starting with FR, e.g. FR40303265045.');
  });

  it('accepts EL for Greece and stores GR-prefixed numbers with EL, the EU prefix', () => {
    expect(company('GR', 'EL 094259216')).toEqual({ valid: true, normalized: 'EL094259216' });
    expect(company('GR', 'GR094259216')).toEqual({ valid: true, normalized: 'EL094259216' });
    expect(company('GR', '094259216')).toEqual({ valid: true, normalized: 'EL094259216' });
  });

  it('refuses EL outside Greece', () => {
    expect(refusal(company('CY', 'EL094259216')).code).toBe('WRONG_PREFIX');
  });

  it('accepts a Northern Ireland XI number for a company in GB', () => {
    expect(company('GB', 'XI 980 7806 84')).toEqual({ valid: true, normalized: 'XI980780684' });
  });

  it('refuses a GB number for a company in GB: UK numbers are not EU numbers', () => {
    const { code, message } = refusal(company('GB', 'GB 980 7806 84'));
    expect(code).toBe('WRONG_PREFIX');
    expect(message).toContain('A UK VAT number (GB) is not an EU VAT number');
    expect(message).toContain('starting with XI');
  });

  it('does not guess XI for bare digits from GB: they are most likely a GB number', () => {
    expect(refusal(company('GB', '980780684')).code).toBe('WRONG_PREFIX');
  });

  it('refuses XI outside the United Kingdom', () => {
    expect(refusal(company('IE', 'XI980780684')).code).toBe('WRONG_PREFIX');
  });
});

describe('validateVatNumber: format and check digits', () => {
  it('says the expected format when characters are wrong', () => {
    const { code, message } = refusal(company('DE', 'DE 13669597X'));
    expect(code).toBe('BAD_FORMAT');
    expect(message).toBe(
      'VAT numbers in Germany are DE followed by 9 digits, the first not 0, e.g. DE136695976. ' +
        'Check the number on your VAT registration.',
    );
  });

  it('refuses the Dutch branch suffix B00, which does not exist', () => {
    expect(refusal(company('NL', 'NL009122746B00')).code).toBe('BAD_FORMAT');
  });

  it('reports a format the library refuses beyond the regular expression as BAD_FORMAT', () => {
    // 8 digits as the regular expression wants, but Czech legal-person numbers never start with 9.
    const { code, message } = refusal(company('CZ', 'CZ 95123891'));
    expect(code).toBe('BAD_FORMAT');
    expect(message).toContain('e.g. CZ25123891');
  });

  it('asks for FR in front of a French number whose key looks like a country code', () => {
    // A valid French number would be FRDE..., but DE... alone reads as a German number.
    expect(refusal(company('FR', 'DE136695976')).code).toBe('WRONG_PREFIX');
  });

  it('names the normalized number in a check-digit refusal', () => {
    const { code, message } = refusal(company('IT', 'it 007 431 101 58'));
    expect(code).toBe('BAD_CHECK_DIGIT');
    expect(message).toBe(
      'IT00743110158 is not a valid VAT number in Italy: its check digit does not match. ' +
        'Look for a mistyped or swapped digit.',
    );
  });
});

describe('vatApplies', () => {
  it.each([
    ['FR', 'COMPANY', true],
    ['GR', 'COMPANY', true],
    ['GB', 'COMPANY', true],
    ['CH', 'COMPANY', false],
    ['LI', 'COMPANY', false],
    ['US', 'COMPANY', false],
    ['FR', 'INDIVIDUAL', false],
    ['XK', 'COMPANY', false],
  ] as const)('%s %s → %s', (country, entityType, expected) => {
    expect(vatApplies(country, entityType)).toBe(expected);
  });
});
