import type { ValueTransformer } from 'typeorm';

/**
 * bigint columns (balances) read as numbers: `pg` returns them as strings. Exact up to 2^53 minor
 * units, far beyond any wallet; GraphQL's Int (Money.amountMinor) is the tighter bound.
 */
export const bigintAsNumber: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | number | null) => (value === null ? null : Number(value)),
};

/**
 * The rows of an `UPDATE … RETURNING` (TypeORM's raw query answers those with `[rows, count]`,
 * unlike a SELECT or an INSERT).
 */
export function updatedRows<T>(result: unknown): T[] {
  return (Array.isArray(result) && Array.isArray(result[0]) ? result[0] : result) as T[];
}
