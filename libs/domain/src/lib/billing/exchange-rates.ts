import type { Currency } from '../vocabulary';
import { divideHalfUp } from './money-rounding';

/**
 * The operator's fixed conversion rates between the two billing currencies, set monthly by the
 * operator's finance team (not a market feed): a price in one currency is billed in the payer's
 * currency at these rates, rounded half-up once. Both currencies have two decimals, so the rates
 * apply to minor units directly. Expressed in millionths (1,000,000 = 1.0) to stay in integers.
 *
 * Rates of 2026 (operator's monthly rates, January 2026): 1 CHF = 1.065 EUR, 1 EUR = 0.939 CHF.
 * The two are set independently (as published by the operator), not as exact inverses.
 */
export const EXCHANGE_RATES_PER_MILLION: Readonly<Record<Currency, Readonly<Record<Currency, number>>>> = Object.freeze({
  CHF: Object.freeze({ CHF: 1_000_000, EUR: 1_065_000 }),
  EUR: Object.freeze({ CHF: 939_000, EUR: 1_000_000 }),
});

/** The month the rates above were set for (shown in documentation and on request). */
export const EXCHANGE_RATES_VALID_FOR = '2026-01';

/**
 * Converts an amount in minor units to another currency at the operator's fixed rate.
 *
 * @example convertMinor(10_000, 'CHF', 'EUR') // 10_650 (100.00 CHF → 106.50 EUR)
 */
export function convertMinor(amountMinor: number, from: Currency, to: Currency): number {
  if (from === to) return amountMinor;
  return divideHalfUp(amountMinor * EXCHANGE_RATES_PER_MILLION[from][to], 1_000_000);
}

/** A price known in one or both currencies (a product: one; a catalog offer: both). */
export type PriceList = Partial<Record<Currency, number>>;

/**
 * A price in `currency`: the list's own price in that currency when it has one, else the other
 * one converted (rounded once).
 *
 * @example priceIn({ CHF: 1000 }, 'EUR') // 1065
 */
export function priceIn(list: PriceList, currency: Currency): number {
  const own = list[currency];
  if (own !== undefined) return own;
  const other = (Object.keys(list) as Currency[]).find((c) => list[c] !== undefined);
  if (!other) throw new RangeError('priceIn: empty price list');
  return convertMinor(list[other] as number, other, currency);
}
