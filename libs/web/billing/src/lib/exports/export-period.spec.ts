import { endAfter, lastDayOf, parseIsoDay, periodProblem, presetPeriod } from './export-period';

const on = (day: string) => new Date(`${day}T15:30:00Z`);

describe('presetPeriod', () => {
  it('last month is the previous calendar month, to exclusive, across a year', () => {
    expect(presetPeriod('LAST_MONTH', on('2026-03-31'))).toEqual({ from: '2026-02-01', to: '2026-03-01' });
    expect(presetPeriod('LAST_MONTH', on('2026-01-15'))).toEqual({ from: '2025-12-01', to: '2026-01-01' });
  });

  it('last quarter is the previous calendar quarter', () => {
    expect(presetPeriod('LAST_QUARTER', on('2026-12-02'))).toEqual({ from: '2026-07-01', to: '2026-10-01' });
    expect(presetPeriod('LAST_QUARTER', on('2026-02-10'))).toEqual({ from: '2025-10-01', to: '2026-01-01' });
    expect(presetPeriod('LAST_QUARTER', on('2026-04-01'))).toEqual({ from: '2026-01-01', to: '2026-04-01' });
  });

  it('this year is the whole calendar year', () => {
    expect(presetPeriod('THIS_YEAR', on('2026-12-31'))).toEqual({ from: '2026-01-01', to: '2027-01-01' });
  });

  it('counts in UTC, whatever the hour', () => {
    expect(presetPeriod('LAST_MONTH', new Date('2026-05-01T00:00:00Z'))).toEqual({ from: '2026-04-01', to: '2026-05-01' });
  });
});

describe('days', () => {
  it('parses real days only', () => {
    expect(parseIsoDay('2028-02-29')?.toISOString()).toBe('2028-02-29T00:00:00.000Z');
    for (const bad of ['2026-02-30', '2026-13-01', '26-01-01', '', '2026-1-1']) expect(parseIsoDay(bad)).toBeNull();
  });

  it('turns a last day into the exclusive end and back', () => {
    expect(endAfter('2026-12-31')).toBe('2027-01-01');
    expect(endAfter('nope')).toBeNull();
    expect(lastDayOf({ from: '2026-01-01', to: '2026-03-01' })).toBe('2026-02-28');
  });
});

describe('periodProblem', () => {
  it('accepts one day and 24 months exactly', () => {
    expect(periodProblem({ from: '2026-01-01', to: '2026-01-02' })).toBeNull();
    expect(periodProblem({ from: '2025-01-01', to: '2027-01-01' })).toBeNull();
  });

  it('refuses an end not after the start, on the last day', () => {
    expect(periodProblem({ from: '2026-01-02', to: '2026-01-02' })?.field).toBe('to');
    expect(periodProblem({ from: '2026-01-02', to: '2026-01-01' })?.message).toMatch(/before the first day/);
  });

  it('refuses more than 24 months', () => {
    expect(periodProblem({ from: '2025-01-01', to: '2027-01-02' })).toEqual({ field: 'to', message: 'One file covers at most 24 months.' });
  });

  it('names the missing day', () => {
    expect(periodProblem({ from: '', to: '2026-01-01' })?.field).toBe('from');
    expect(periodProblem({ from: '2026-01-01', to: null })?.field).toBe('to');
  });
});
