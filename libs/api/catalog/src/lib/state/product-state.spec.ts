import { productState, todayUtc } from './product-state';

describe('productState', () => {
  it.each([
    ['2026-02-28', 'EXPIRED'],
    ['2026-03-01', 'EXPIRING'],
    ['2026-03-31', 'EXPIRING'],
    ['2026-04-01', 'ACTIVE'],
  ])('renewal on %s, today 2026-03-01: %s', (renewal, state) => {
    expect(productState(renewal, '2026-03-01')).toBe(state);
  });

  it('counts whole calendar days across a daylight-saving change', () => {
    expect(productState('2026-04-26', '2026-03-27')).toBe('EXPIRING');
  });

  it('reads today in UTC', () => {
    expect(todayUtc(new Date('2026-03-01T23:30:00-05:00'))).toBe('2026-03-02');
  });
});
