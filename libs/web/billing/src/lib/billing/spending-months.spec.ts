import { fillMonths, monthLabel, spendingWindow } from './spending-months';

describe('spending months', () => {
  it('covers the current UTC month and the eleven before it, across a year', () => {
    const window = spendingWindow(new Date('2026-02-15T12:00:00Z'));
    expect(window.from.toISOString()).toBe('2025-03-01T00:00:00.000Z');
    expect(window.to.toISOString()).toBe('2026-03-01T00:00:00.000Z');
    expect(window.keys[0]).toBe('2025-03');
    expect(window.keys[11]).toBe('2026-02');
    expect(window.keys).toHaveLength(12);
  });

  it('fills the months without invoices with zero and keeps the currency of the organization', () => {
    const chf = (amountMinor: number) => ({ amountMinor, currency: 'CHF' });
    const rows = [
      { month: '2026-01', net: chf(12_000), vat: chf(972) },
      { month: '2026-01', net: { amountMinor: 5, currency: 'EUR' }, vat: { amountMinor: 1, currency: 'EUR' } },
    ];
    expect(fillMonths(['2025-12', '2026-01'], rows, 'CHF')).toEqual({ net: [0, 120], vat: [0, 9.72] });
  });

  it('names a month in the locale', () => {
    expect(monthLabel('2026-01', 'en-US')).toBe('Jan 2026');
  });
});
