import { EU_VAT_COUNTRIES } from '../vat/eu-vat-countries';
import {
  EU_STANDARD_VAT_RATES,
  EU_STANDARD_VAT_RATES_VALID_FOR,
  EXPORT_MENTION,
  REVERSE_CHARGE_MENTION,
  vatAmount,
  vatFor,
} from './vat-rules';

describe('vatFor: the VAT table, case by case', () => {
  it.each([
    ['CH company with no number', { country: 'CH', entityType: 'COMPANY', hasValidVatNumber: false }],
    ['CH individual', { country: 'CH', entityType: 'INDIVIDUAL', hasValidVatNumber: false }],
    ['LI company (Swiss VAT area)', { country: 'LI', entityType: 'COMPANY', hasValidVatNumber: false }],
    ['LI individual', { country: 'LI', entityType: 'INDIVIDUAL', hasValidVatNumber: false }],
  ] as const)('%s: Swiss VAT 8.1 %%, no mention', (_, customer) => {
    expect(vatFor(customer)).toEqual({ treatment: 'SWISS_VAT', rateBp: 810, note: null });
  });

  it('FR company with a valid VAT number: reverse charge, 0 %, with the Art. 196 mention', () => {
    expect(vatFor({ country: 'FR', entityType: 'COMPANY', hasValidVatNumber: true })).toEqual({
      treatment: 'REVERSE_CHARGE',
      rateBp: 0,
      note: 'Reverse charge: VAT to be accounted for by the recipient, Art. 196 Directive 2006/112/EC',
    });
    expect(REVERSE_CHARGE_MENTION).toContain('Art. 196 Directive 2006/112/EC');
  });

  it('FR individual: French standard rate 20 % (non-Union OSS)', () => {
    const vat = vatFor({ country: 'FR', entityType: 'INDIVIDUAL', hasValidVatNumber: false });
    expect(vat).toMatchObject({ treatment: 'EU_CONSUMER_VAT', rateBp: 2000 });
    expect(vat.note).toBe('VAT of France at 20 % (electronic services, non-Union OSS scheme)');
  });

  it('EU company without a valid number pays its state VAT like a consumer (DE 19 %)', () => {
    expect(vatFor({ country: 'DE', entityType: 'COMPANY', hasValidVatNumber: false })).toMatchObject({
      treatment: 'EU_CONSUMER_VAT',
      rateBp: 1900,
    });
  });

  it('an individual never gets reverse charge, even flagged with a number', () => {
    expect(vatFor({ country: 'IT', entityType: 'INDIVIDUAL', hasValidVatNumber: true }).treatment).toBe('EU_CONSUMER_VAT');
  });

  it('fractional rates print with their decimals (FI 25.5 %)', () => {
    expect(vatFor({ country: 'FI', entityType: 'INDIVIDUAL', hasValidVatNumber: false })).toMatchObject({
      rateBp: 2550,
      note: 'VAT of Finland at 25.5 % (electronic services, non-Union OSS scheme)',
    });
  });

  it.each(['US', 'GB', 'NO', 'JP', 'TR'])('%s: export of services, 0 %%, with the export mention', (country) => {
    for (const entityType of ['COMPANY', 'INDIVIDUAL'] as const) {
      for (const hasValidVatNumber of [true, false]) {
        expect(vatFor({ country, entityType, hasValidVatNumber })).toEqual({ treatment: 'EXPORT', rateBp: 0, note: EXPORT_MENTION });
      }
    }
  });

  it('the EU table has the 27 member states (the EU VAT countries minus GB/XI), all between 17 % and 27 %', () => {
    const members = EU_VAT_COUNTRIES.map((c) => c.country).filter((c) => c !== 'GB').sort();
    expect(Object.keys(EU_STANDARD_VAT_RATES).sort()).toEqual(members);
    expect(members).toHaveLength(27);
    for (const rate of Object.values(EU_STANDARD_VAT_RATES)) {
      expect(rate).toBeGreaterThanOrEqual(1700);
      expect(rate).toBeLessThanOrEqual(2700);
    }
    expect(EU_STANDARD_VAT_RATES_VALID_FOR).toBe(2026);
  });

  it.each([
    ['AT', 2000], ['BE', 2100], ['BG', 2000], ['CY', 1900], ['CZ', 2100], ['DE', 1900], ['DK', 2500],
    ['EE', 2400], ['ES', 2100], ['FI', 2550], ['FR', 2000], ['GR', 2400], ['HR', 2500], ['HU', 2700],
    ['IE', 2300], ['IT', 2200], ['LT', 2100], ['LU', 1700], ['LV', 2100], ['MT', 1800], ['NL', 2100],
    ['PL', 2300], ['PT', 2300], ['RO', 2100], ['SE', 2500], ['SI', 2200], ['SK', 2300],
  ])('%s consumers pay %d bp', (country, rateBp) => {
    expect(vatFor({ country, entityType: 'INDIVIDUAL', hasValidVatNumber: false })).toMatchObject({ treatment: 'EU_CONSUMER_VAT', rateBp });
  });
});

describe('vatAmount', () => {
  it('rounds half-up once', () => {
    expect(vatAmount(10_000, 810)).toBe(810);
    expect(vatAmount(1_999, 810)).toBe(162); // 161.919
    expect(vatAmount(50, 810)).toBe(4); // 4.05
    expect(vatAmount(1_234, 2000)).toBe(247); // 246.8
    expect(vatAmount(12_345, 0)).toBe(0);
  });
});
