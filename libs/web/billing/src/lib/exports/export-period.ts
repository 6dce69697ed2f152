import { EXPORT_RULES } from '@manager/domain/billing';

/**
 * The period of an export: `[from, to)` in UTC calendar days (`to` exclusive, as Stripe's reports
 * and the API's `/exports` route count it), with the dialog's presets. Pure, so the presets and
 * the limits are tested without a browser.
 */

/** A day as the API and `<input type="date">` write it: `YYYY-MM-DD`. */
export type IsoDay = string;

export interface ExportPeriod {
  from: IsoDay;
  /** Exclusive: the day after the last one included. */
  to: IsoDay;
}

export type PeriodPreset = 'LAST_MONTH' | 'LAST_QUARTER' | 'THIS_YEAR' | 'CUSTOM';

export const PERIOD_PRESETS: readonly PeriodPreset[] = ['LAST_MONTH', 'LAST_QUARTER', 'THIS_YEAR', 'CUSTOM'];

export function periodPresetLabel(preset: PeriodPreset): string {
  switch (preset) {
    case 'LAST_MONTH':
      return $localize`:@@billing.export.preset.lastMonth:Last month`;
    case 'LAST_QUARTER':
      return $localize`:@@billing.export.preset.lastQuarter:Last quarter`;
    case 'THIS_YEAR':
      return $localize`:@@billing.export.preset.thisYear:This year`;
    case 'CUSTOM':
      return $localize`:@@billing.export.preset.custom:Custom`;
  }
}

/** The longest period one file covers: the API's own rule. */
export const MAX_PERIOD_MONTHS = EXPORT_RULES.maxMonths;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `YYYY-MM-DD` of a UTC date. */
export function isoDay(date: Date): IsoDay {
  return date.toISOString().slice(0, 10);
}

/** The UTC midnight of a `YYYY-MM-DD`, or null if it is no real day (2026-02-30). */
export function parseIsoDay(day: string): Date | null {
  const match = DAY.exec(day);
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return isoDay(date) === day ? date : null;
}

function utcDay(year: number, month: number, day = 1): IsoDay {
  return isoDay(new Date(Date.UTC(year, month, day)));
}

/** The period a preset stands for on `today` (UTC); CUSTOM starts as last month. */
export function presetPeriod(preset: PeriodPreset, today: Date = new Date()): ExportPeriod {
  const year = today.getUTCFullYear();
  const month = today.getUTCMonth();
  switch (preset) {
    case 'LAST_QUARTER': {
      const quarterStart = month - (month % 3);
      return { from: utcDay(year, quarterStart - 3), to: utcDay(year, quarterStart) };
    }
    case 'THIS_YEAR':
      return { from: utcDay(year, 0), to: utcDay(year + 1, 0) };
    case 'LAST_MONTH':
    case 'CUSTOM':
      return { from: utcDay(year, month - 1), to: utcDay(year, month) };
  }
}

/** The day before `to`: the last day included, as the custom fields show it. */
export function lastDayOf(period: ExportPeriod): IsoDay {
  const to = parseIsoDay(period.to);
  return to ? isoDay(new Date(to.getTime() - 86_400_000)) : period.to;
}

/** The exclusive end for a last day included (`2026-03-31` → `2026-04-01`); null for no day. */
export function endAfter(lastDay: string): IsoDay | null {
  const day = parseIsoDay(lastDay);
  return day ? isoDay(new Date(day.getTime() + 86_400_000)) : null;
}

export interface PeriodProblem {
  field: 'from' | 'to';
  message: string;
}

/** What is wrong with a period, on the field to fix, or null: the API's own rules, checked before asking. */
export function periodProblem(period: { from: string; to: string | null }): PeriodProblem | null {
  const from = parseIsoDay(period.from);
  if (!from) return { field: 'from', message: $localize`:@@billing.export.period.fromMissing:Enter the first day of the period.` };
  const to = period.to ? parseIsoDay(period.to) : null;
  if (!to) return { field: 'to', message: $localize`:@@billing.export.period.toMissing:Enter the last day of the period.` };
  if (to.getTime() <= from.getTime()) return { field: 'to', message: $localize`:@@billing.export.period.toBeforeFrom:The last day cannot come before the first day.` };
  const limit = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + MAX_PERIOD_MONTHS, from.getUTCDate()));
  if (to.getTime() > limit.getTime()) return { field: 'to', message: $localize`:@@billing.export.period.tooLong:One file covers at most ${MAX_PERIOD_MONTHS}:months: months.` };
  return null;
}
