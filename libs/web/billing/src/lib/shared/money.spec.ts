import { parseAmountMinor, topUpProblem } from './money';

/** Intl puts a no-break space between the currency and the amount. */
const plain = (text: string | undefined) => text?.replace(/\u00a0/g, ' ');

// Formatting itself (minor units, sign, grouping) is pinned in libs/web/ui format.spec.ts.
describe('top-up amounts', () => {
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
    expect(topUpProblem(100, 'CHF', 'en-US')).toBeNull();
    expect(topUpProblem(10_000_000, 'CHF', 'en-US')).toBeNull();
    expect(plain(topUpProblem(99, 'CHF', 'en-US') ?? undefined)).toBe('Enter an amount from CHF 1.00 to CHF 100,000.00.');
    expect(plain(topUpProblem(10_000_001, 'EUR', 'en-US') ?? undefined)).toBe('Enter an amount from €1.00 to €100,000.00.');
    expect(plain(topUpProblem(null, 'CHF', 'en-US') ?? undefined)).toContain('Enter an amount');
  });
});
