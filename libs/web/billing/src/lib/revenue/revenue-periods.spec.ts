import { chartPeriods, periodLabel } from './revenue-periods';

const row = (key: string, cashback = 0, rebate = 0, reimbursement = 0) => ({
  key,
  cashback: { amountMinor: cashback },
  rebate: { amountMinor: rebate },
  reimbursement: { amountMinor: reimbursement },
});

describe('chartPeriods', () => {
  it('fills the months without commissions between the first and the last, across a year', () => {
    const periods = chartPeriods([row('2025-11', 100), row('2026-02', 0, 250, 50)], 'MONTH', 'en-US');
    expect(periods.keys).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(periods.labels).toEqual(['Nov 2025', 'Dec 2025', 'Jan 2026', 'Feb 2026']);
    expect(periods.cashback).toEqual([1, 0, 0, 0]);
    expect(periods.rebate).toEqual([0, 0, 0, 2.5]);
    expect(periods.reimbursement).toEqual([0, 0, 0, 0.5]);
  });

  it('fills quarters and years too', () => {
    expect(chartPeriods([row('2025-Q4'), row('2026-Q2')], 'QUARTER', 'en-US').labels).toEqual(['Q4 2025', 'Q1 2026', 'Q2 2026']);
    expect(chartPeriods([row('2024'), row('2026')], 'YEAR', 'en-US').keys).toEqual(['2024', '2025', '2026']);
  });

  it('is empty without rows', () => {
    expect(chartPeriods([], 'MONTH', 'en-US').keys).toEqual([]);
  });

  it('names a month in the locale', () => {
    expect(periodLabel('2026-03', 'MONTH', 'de-CH')).toBe('März 2026');
  });
});
