import { registerEnumType } from 'type-graphql';

/** Where a product stands against its renewal date (the dashboard's chip). */
export const ProductState = {
  /** Renews more than `EXPIRING_WITHIN_DAYS` days from today. */
  ACTIVE: 'ACTIVE',
  /** Renews today or within `EXPIRING_WITHIN_DAYS` days: the renewal is due soon. */
  EXPIRING: 'EXPIRING',
  /** The renewal date has passed without a renewal. */
  EXPIRED: 'EXPIRED',
} as const;
export type ProductState = (typeof ProductState)[keyof typeof ProductState];

registerEnumType(ProductState, {
  name: 'ProductState',
  description: `ACTIVE; EXPIRING: the renewal date is within 30 days; EXPIRED: the renewal date has passed.`,
});

/** The window in which a renewal counts as due soon (the dashboard lists those first). */
export const EXPIRING_WITHIN_DAYS = 30;

const DAY_MS = 86_400_000;

/** Today as a calendar date (YYYY-MM-DD) in UTC, the calendar the renewal dates are kept in. */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/**
 * A renewal date (YYYY-MM-DD) against today (YYYY-MM-DD).
 *
 * @example
 * productState('2026-03-10', '2026-03-01'); // 'EXPIRING'
 * productState('2026-02-28', '2026-03-01'); // 'EXPIRED'
 */
export function productState(renewalDate: string, today: string = todayUtc()): ProductState {
  const days = (Date.parse(`${renewalDate}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY_MS;
  if (days < 0) return ProductState.EXPIRED;
  return days <= EXPIRING_WITHIN_DAYS ? ProductState.EXPIRING : ProductState.ACTIVE;
}
