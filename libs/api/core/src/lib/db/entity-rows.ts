import type { DataSource, EntityMetadata, ValueTransformer } from 'typeorm';

/** What a read selects to build entities of one table, and how it builds them. */
export interface EntityRows<T> {
  /** `alias.column AS "property", …` for every mapped column: a select list with no `*`. */
  columns: string;
  /** A row selected with `columns` → the entity: each property assigned, column transformers applied. */
  map: (row: Record<string, unknown>) => T;
}

const cache = new WeakMap<EntityMetadata, Map<string, EntityRows<unknown>>>();

const fromDatabase = (transformer: ValueTransformer | ValueTransformer[] | undefined, value: unknown): unknown => {
  if (!transformer) return value;
  // As TypeORM reads: nulls too go through the transformers, a list of them in reverse.
  return (Array.isArray(transformer) ? [...transformer].reverse() : [transformer]).reduce((current, t) => t.from(current), value);
};

/**
 * Reads an entity's rows with plain SQL (see `sqlRead`): the select list and the row mapper come
 * from the entity's own metadata, computed once, so a list query never falls behind the entity
 * and no ORM hydration runs per row.
 *
 * @example
 * ```ts
 * const products = entityRows(dataSource, Product, 'p');
 * await sqlRead(dataSource, { name: 'catalog.product', text: `SELECT ${products.columns} FROM product p WHERE p.id = $1`, values: [id] }, products.map);
 * ```
 */
export function entityRows<T>(dataSource: DataSource, entity: new () => T, alias: string): EntityRows<T> {
  const metadata = dataSource.getMetadata(entity);
  let byAlias = cache.get(metadata);
  if (!byAlias) cache.set(metadata, (byAlias = new Map()));
  const known = byAlias.get(alias);
  if (known) return known as EntityRows<T>;

  const columns = metadata.columns.filter((column) => !column.isVirtual);
  const rows: EntityRows<T> = {
    columns: columns.map((column) => `${alias}."${column.databaseName}" AS "${column.propertyName}"`).join(', '),
    map: (row) => {
      const instance = new entity() as Record<string, unknown>;
      for (const column of columns) instance[column.propertyName] = fromDatabase(column.transformer, row[column.propertyName]);
      return instance as T;
    },
  };
  byAlias.set(alias, rows as EntityRows<unknown>);
  return rows;
}
