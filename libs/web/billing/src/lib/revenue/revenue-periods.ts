import type { RevenuePeriod } from '@manager/web-data-access';

/** A period's totals as `PartnerRevenue.byPeriod` gives them (minor units). */
export interface PeriodTotalsLike {
  key: string;
  cashback: { amountMinor: number };
  rebate: { amountMinor: number };
  reimbursement: { amountMinor: number };
}

export interface ChartPeriods {
  keys: string[];
  labels: string[];
  cashback: number[];
  rebate: number[];
  reimbursement: number[];
}

/** The period after `key`: "2026-12" → "2027-01", "2026-Q4" → "2027-Q1", "2026" → "2027". */
function nextKey(key: string, period: RevenuePeriod): string {
  const year = Number(key.slice(0, 4));
  if (period === 'YEAR') return String(year + 1);
  if (period === 'QUARTER') {
    const quarter = Number(key.slice(6));
    return quarter === 4 ? `${year + 1}-Q1` : `${year}-Q${quarter + 1}`;
  }
  const month = Number(key.slice(5, 7));
  return month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, '0')}`;
}

/** "Nov 2026", "Q4 2026" ("T4 2026" in French), "2026" in the reader's locale. */
export function periodLabel(key: string, period: RevenuePeriod, locale: string): string {
  if (period === 'YEAR') return key;
  if (period === 'QUARTER') {
    const quarter = key.slice(6);
    const year = key.slice(0, 4);
    return $localize`:@@billing.revenue.quarter:Q${quarter}:quarter: ${year}:year:`;
  }
  return new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${key}-01T00:00:00Z`));
}

/** The grouping a key of `PartnerRevenue.byPeriod` belongs to: "2026-11", "2026-Q4", "2026". */
export function periodOfKey(key: string): RevenuePeriod {
  return key.includes('Q') ? 'QUARTER' : key.length === 4 ? 'YEAR' : 'MONTH';
}

/**
 * Every period from the first to the last with commissions, the ones between at zero: the API
 * leaves empty periods out, and a time axis that skips months would draw a false rhythm. Amounts
 * in major units, for the chart's axis.
 */
export function chartPeriods(rows: readonly PeriodTotalsLike[], period: RevenuePeriod, locale: string): ChartPeriods {
  const out: ChartPeriods = { keys: [], labels: [], cashback: [], rebate: [], reimbursement: [] };
  if (!rows.length) return out;
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const last = rows[rows.length - 1].key;
  // Bounded: at most one period per row of history between the first and the last key.
  for (let key = rows[0].key, guard = 0; guard < 1200; key = nextKey(key, period), guard++) {
    const row = byKey.get(key);
    out.keys.push(key);
    out.labels.push(periodLabel(key, period, locale));
    out.cashback.push((row?.cashback.amountMinor ?? 0) / 100);
    out.rebate.push((row?.rebate.amountMinor ?? 0) / 100);
    out.reimbursement.push((row?.reimbursement.amountMinor ?? 0) / 100);
    if (key === last) break;
  }
  return out;
}
