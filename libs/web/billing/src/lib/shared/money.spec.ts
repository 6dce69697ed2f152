import { formatMoney, formatSignedMoney, parseAmountMinor, topUpProblem } from './money';

/** Intl puts a no-break space between the currency and the amount. */
const plain = (text: string | undefined) => text?.replace(/\u00a0/g, ' ');

describe('money formatting', () => {
  it('formats minor units with the currency', () => {
    expect(plain(formatMoney({ amountMinor: 1_440, currency: 'CHF' }))).toBe('CHF 14.40');
    expect(plain(formatMoney({ amountMinor: 10_000_000, currency: 'EUR' }))).toBe('€100,000.00');
    expect(plain(formatMoney({ amountMinor: 5, currency: 'CHF' }))).toBe('CHF 0.05');
  });

  it('shows the sign of ledger amounts', () => {
    expect(plain(formatSignedMoney({ amountMinor: 25_000, currency: 'EUR' }))).toBe('+€250.00');
    expect(plain(formatSignedMoney({ amountMinor: -1_209, currency: 'CHF' }))).toBe('-CHF 12.09');
    expect(plain(formatSignedMoney({ amountMinor: 0, currency: 'CHF' }))).toBe('CHF 0.00');
  });

  it('reads what people type in the top-up field', () => {
    expect(parseAmountMinor('250')).toBe(25_000);
    expect(parseAmountMinor("1'250.5")).toBe(125_050);
    expect(parseAmountMinor('1,250.50')).toBe(125_050);
    expect(parseAmountMinor('12,5')).toBe(1_250);
    expect(parseAmountMinor(' 100 000 ')).toBe(10_000_000);
    expect(parseAmountMinor('12.345')).toBeNull();
    expect(parseAmountMinor('-5')).toBeNull();
    expect(parseAmountMinor('abc')).toBeNull();
    expect(parseAmountMinor('')).toBeNull();
  });

  it('keeps top-ups between 1.00 and 100,000.00', () => {
    expect(topUpProblem(100, 'CHF')).toBeNull();
    expect(topUpProblem(10_000_000, 'CHF')).toBeNull();
    expect(plain(topUpProblem(99, 'CHF') ?? undefined)).toBe('Enter an amount from CHF 1.00 to CHF 100,000.00.');
    expect(plain(topUpProblem(10_000_001, 'EUR') ?? undefined)).toBe('Enter an amount from €1.00 to €100,000.00.');
    expect(plain(topUpProblem(null, 'CHF') ?? undefined)).toContain('Enter an amount');
  });
});
