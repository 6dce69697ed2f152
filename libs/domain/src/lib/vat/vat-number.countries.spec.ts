/**
 * Per-country table: for every EU member state and Northern Ireland, valid numbers that must pass
 * and broken ones that must fail for the right reason.
 *
 * Where the valid numbers come from: real numbers "found online" and published in python-stdnum's
 * tests/test_eu_vat.doctest (an independent implementation), as people type them, with separators.
 * Croatia and Northern Ireland are not in that list: their numbers are checked below by an
 * independent implementation of the algorithm written for this test (ISO 7064 MOD 11,10 for the
 * Croatian OIB; HMRC's weighted modulus 97 for UK/XI numbers).
 *
 * The broken numbers change the check character (usually the last digit), shorten or lengthen the
 * national part, or put another country's prefix in front.
 */
import { EU_VAT_COUNTRIES } from './eu-vat-countries';
import { validateVatNumber } from './vat-number';

interface Samples {
  /** As typed → as stored. */
  valid: [typed: string, normalized: string][];
  badCheckDigit: string[];
  badLength: string[];
}

const SAMPLES: Record<string, Samples> = {
  AT: { valid: [['ATU 142 43 102', 'ATU14243102'], ['ATU13585627', 'ATU13585627']], badCheckDigit: ['ATU13585626', 'ATU14243103'], badLength: ['ATU1358562', 'ATU135856270'] },
  BE: { valid: [['BE 0202.239.951', 'BE0202239951'], ['BE0428759497', 'BE0428759497']], badCheckDigit: ['BE0428759496', 'BE0202239952'], badLength: ['BE04287594970', 'BE042875949'] },
  BG: { valid: [['BG 175 074 752', 'BG175074752'], ['BG7111042925', 'BG7111042925'], ['BG7523169263', 'BG7523169263']], badCheckDigit: ['BG175074753', 'BG7111042926', 'BG7523169264'], badLength: ['BG17507475', 'BG71110429250'] },
  CY: { valid: [['CY-10259033P', 'CY10259033P'], ['CY 10246672X', 'CY10246672X']], badCheckDigit: ['CY10259033Z', 'CY10246672F'], badLength: ['CY1025903P', 'CY102590330P'] },
  CZ: { valid: [['CZ 25123891', 'CZ25123891'], ['CZ 640903926', 'CZ640903926'], ['CZ6011270177', 'CZ6011270177']], badCheckDigit: ['CZ25123890', 'CZ640903927', 'CZ6011270178'], badLength: ['CZ2512389', 'CZ25123891000'] },
  DE: { valid: [['DE 118619592', 'DE118619592'], ['DE 221.304.969', 'DE221304969'], ['DE812847601', 'DE812847601']], badCheckDigit: ['DE118619593', 'DE812847602'], badLength: ['DE11861959', 'DE1186195920'] },
  DK: { valid: [['DK 10 50 32 80', 'DK10503280'], ['DK-27630308', 'DK27630308']], badCheckDigit: ['DK10503281', 'DK27630309'], badLength: ['DK1050328', 'DK105032800'] },
  EE: { valid: [['EE 100 931 558', 'EE100931558'], ['EE101256753', 'EE101256753']], badCheckDigit: ['EE100931559', 'EE101256754'], badLength: ['EE10093155', 'EE1009315580'] },
  GR: { valid: [['EL 094259216', 'EL094259216'], ['EL-082857563', 'EL082857563']], badCheckDigit: ['EL094259217', 'EL082857564'], badLength: ['EL0942592', 'EL0942592160'] },
  ES: { valid: [['ES B-58378431', 'ESB58378431'], ['ES A-28184661', 'ESA28184661'], ['ES X5277343Q', 'ESX5277343Q']], badCheckDigit: ['ESB58378432', 'ESX5277343R'], badLength: ['ESB5837843', 'ESB583784310'] },
  FI: { valid: [['FI 20774740', 'FI20774740'], ['FI 0982651-1', 'FI09826511']], badCheckDigit: ['FI20774741', 'FI09826512'], badLength: ['FI2077474', 'FI207747400'] },
  FR: { valid: [['FR 40 303 265 045', 'FR40303265045'], ['FR 13 393 892 815', 'FR13393892815'], ['FR K 7399859412', 'FRK7399859412']], badCheckDigit: ['FR40303265046', 'FR41303265045', 'FRK7399859312'], badLength: ['FR4030326504', 'FR403032650450'] },
  HR: { valid: [['HR 33392005961', 'HR33392005961'], ['HR69435151530', 'HR69435151530']], badCheckDigit: ['HR33392005962', 'HR69435151531'], badLength: ['HR3339200596', 'HR333920059610'] },
  HU: { valid: [['HU-12892312', 'HU12892312'], ['HU 10672101', 'HU10672101']], badCheckDigit: ['HU12892313', 'HU10672102'], badLength: ['HU1289231', 'HU128923120'] },
  IE: { valid: [['IE 6388047V', 'IE6388047V'], ['IE6433435OA', 'IE6433435OA'], ['IE8D79739I', 'IE8D79739I']], badCheckDigit: ['IE6388047W', 'IE8D79739J'], badLength: ['IE638804V', 'IE63880470V'] },
  IT: { valid: [['IT 00743110157', 'IT00743110157'], ['IT - 01404480202', 'IT01404480202']], badCheckDigit: ['IT00743110158', 'IT01404480203'], badLength: ['IT0074311015', 'IT007431101570'] },
  LT: { valid: [['LT 119511515', 'LT119511515'], ['LT 100001919017', 'LT100001919017']], badCheckDigit: ['LT119511516', 'LT100001919018'], badLength: ['LT11951151', 'LT1195115150'] },
  LU: { valid: [['LU 150 274 42', 'LU15027442'], ['LU 10059929', 'LU10059929']], badCheckDigit: ['LU15027443', 'LU10059920'], badLength: ['LU1502744', 'LU150274420'] },
  LV: { valid: [['LV 4000 3521 600', 'LV40003521600'], ['LV-40003241337', 'LV40003241337']], badCheckDigit: ['LV40003521601', 'LV40003241338'], badLength: ['LV4000352160', 'LV400035216000'] },
  MT: { valid: [['MT 1167-9112', 'MT11679112'], ['MT 20630321', 'MT20630321']], badCheckDigit: ['MT11679113', 'MT20630322'], badLength: ['MT1167911', 'MT116791120'] },
  NL: { valid: [['NL 004495445B01', 'NL004495445B01'], ['NL-8197.38.116.B.01', 'NL819738116B01'], ['NL 806753742B01', 'NL806753742B01']], badCheckDigit: ['NL004495444B01', 'NL806753743B01'], badLength: ['NL00449544B01', 'NL004495445B1'] },
  PL: { valid: [['PL 584-030-44-72', 'PL5840304472'], ['PL 8567346215', 'PL8567346215']], badCheckDigit: ['PL5840304473', 'PL8567346216'], badLength: ['PL584030447', 'PL58403044720'] },
  PT: { valid: [['PT 501 964 843', 'PT501964843'], ['PT 502448911', 'PT502448911']], badCheckDigit: ['PT501964842', 'PT502448912'], badLength: ['PT50196484', 'PT5019648430'] },
  RO: { valid: [['RO 185 472 90', 'RO18547290'], ['RO 1822964', 'RO1822964']], badCheckDigit: ['RO18547291', 'RO1822965'], badLength: ['RO1', 'RO18547290123'] },
  SE: { valid: [['SE 556043606401', 'SE556043606401'], ['SE-556 644 662 001', 'SE556644662001']], badCheckDigit: ['SE556043606501', 'SE556644662101'], badLength: ['SE55604360640', 'SE5560436064010'] },
  SI: { valid: [['SI 50223054', 'SI50223054'], ['SI-83815201', 'SI83815201']], badCheckDigit: ['SI50223053', 'SI83815202'], badLength: ['SI5022305', 'SI502230540'] },
  SK: { valid: [['SK 202 274 96 19', 'SK2022749619'], ['SK2022193459', 'SK2022193459']], badCheckDigit: ['SK2022749618', 'SK2022193458'], badLength: ['SK202274961', 'SK20227496190'] },
  GB: { valid: [['XI 980 7806 84', 'XI980780684'], ['xi340804329', 'XI340804329'], ['XI346270013', 'XI346270013']], badCheckDigit: ['XI980780685', 'XI340804328'], badLength: ['XI98078068', 'XI9807806840'] },
};

const company = (country: string, vatNumber: string) =>
  validateVatNumber({ country, entityType: 'COMPANY', vatNumber });

it('has samples for exactly the 27 member states and Northern Ireland', () => {
  expect(Object.keys(SAMPLES).sort()).toEqual(EU_VAT_COUNTRIES.map((c) => c.country).sort());
  expect(EU_VAT_COUNTRIES).toHaveLength(28);
});

describe.each(EU_VAT_COUNTRIES.map((area) => [area.country, area] as const))('%s', (country, area) => {
  const samples = SAMPLES[country];

  it('has at least two valid numbers, two with a wrong check digit and two of the wrong length', () => {
    expect(samples.valid.length).toBeGreaterThanOrEqual(2);
    expect(samples.badCheckDigit.length).toBeGreaterThanOrEqual(2);
    expect(samples.badLength.length).toBeGreaterThanOrEqual(2);
  });

  it.each(samples.valid)('accepts %j as %s', (typed, normalized) => {
    expect(company(country, typed)).toEqual({ valid: true, normalized });
  });

  it('accepts its own example, shown in messages', () => {
    expect(company(country, area.example)).toEqual({ valid: true, normalized: area.example });
  });

  it.each(samples.badCheckDigit)('refuses %s: wrong check digit', (number) => {
    expect(company(country, number)).toMatchObject({ valid: false, code: 'BAD_CHECK_DIGIT' });
  });

  it.each(samples.badLength)('refuses %s: wrong length, and says the expected format', (number) => {
    const check = company(country, number);
    expect(check).toMatchObject({ valid: false, code: 'BAD_FORMAT' });
    expect(check.valid || check.message).toContain(area.example);
  });

  it("refuses another country's prefix in front of a valid number", () => {
    const [, normalized] = samples.valid[0];
    const other = area.prefix === 'DE' ? 'FR' : 'DE';
    const check = company(country, other + normalized.slice(2));
    expect(check).toMatchObject({ valid: false, code: 'WRONG_PREFIX' });
    expect(check.valid || check.message).toContain(`starting with ${area.prefix}`);
  });
});

/** ISO 7064 MOD 11,10, the Croatian OIB check digit, written here independently of the library. */
function oibIsValid(digits: string): boolean {
  let product = 10;
  for (const digit of digits.slice(0, 10)) {
    const sum = (Number(digit) + product) % 10 || 10;
    product = (sum * 2) % 11;
  }
  return (11 - product) % 10 === Number(digits[10]);
}

/** HMRC's 9-digit check: weights 8..2 on the first 7 digits plus the last two, modulo 97 (0 or 55 "9755"). */
function ukVatIsValid(digits: string): boolean {
  const weights = [8, 7, 6, 5, 4, 3, 2];
  const total = weights.reduce((sum, w, i) => sum + w * Number(digits[i]), 0) + Number(digits.slice(7, 9));
  return total % 97 === 0 || (total + 55) % 97 === 0;
}

describe('independent check of the samples not taken from a published list', () => {
  it.each(SAMPLES['HR'].valid.map(([, n]) => n))('%s has a correct OIB check digit', (n) => {
    expect(oibIsValid(n.slice(2))).toBe(true);
  });
  it.each(SAMPLES['HR'].badCheckDigit)('%s has a wrong OIB check digit', (n) => {
    expect(oibIsValid(n.slice(2))).toBe(false);
  });
  it.each(SAMPLES['GB'].valid.map(([, n]) => n))('%s has a correct UK modulus 97 check', (n) => {
    expect(ukVatIsValid(n.slice(2))).toBe(true);
  });
  it.each(SAMPLES['GB'].badCheckDigit)('%s has a wrong UK modulus 97 check', (n) => {
    expect(ukVatIsValid(n.slice(2))).toBe(false);
  });
});
