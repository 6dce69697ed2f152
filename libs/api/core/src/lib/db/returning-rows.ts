import type { EntityManager } from 'typeorm';

/**
 * The rows of an `UPDATE … RETURNING` or `DELETE … RETURNING` (TypeORM's raw query answers those
 * with `[rows, rowCount]`, and plain rows for everything else), so that "did the guarded write
 * hit a row?" is `rows.length` and never the length of that pair.
 */
export async function returningRows<T>(db: Pick<EntityManager, 'query'>, sql: string, parameters: unknown[]): Promise<T[]> {
  const result: unknown = await db.query(sql, parameters);
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') {
    return result[0] as T[];
  }
  return result as T[];
}
