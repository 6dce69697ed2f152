/**
 * Rounding of money, once per amount: every derived amount (VAT, commission, discounted price,
 * conversion) is computed from integers in one step and rounded half-up to the minor unit, never
 * from an already rounded intermediate.
 */

/** Basis points: 10,000 = 100 %. */
export const BASIS_POINTS = 10_000;

/**
 * `numerator / denominator` rounded half-up (away from zero for .5) to an integer. Exact for
 * integers up to 2^53: callers pass minor units times basis points (at most ~10^7 × 10^4).
 *
 * @example divideHalfUp(105, 10) // 11 (10.5 → 11)
 */
export function divideHalfUp(numerator: number, denominator: number): number {
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator) || denominator <= 0) {
    throw new RangeError(`divideHalfUp needs safe integers and a positive denominator (got ${numerator} / ${denominator})`);
  }
  const sign = numerator < 0 ? -1 : 1;
  const magnitude = Math.abs(numerator);
  const quotient = Math.floor(magnitude / denominator);
  const remainder = magnitude - quotient * denominator;
  return sign * (remainder * 2 >= denominator ? quotient + 1 : quotient);
}

/**
 * `amountMinor × basisPoints / 10,000`, rounded half-up once.
 *
 * @example applyBasisPoints(1999, 1000) // 200 (10 % of 19.99 = 1.999)
 */
export function applyBasisPoints(amountMinor: number, basisPoints: number): number {
  return divideHalfUp(amountMinor * basisPoints, BASIS_POINTS);
}
