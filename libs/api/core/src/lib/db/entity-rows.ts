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
 * and no ORM hydration runs per row. A `prefix` names the selected columns apart
 * (`"_org_name"`), for a read that joins the entity to rows of its own.
 *
 * @example
 * ```ts
 * const products = entityRows(dataSource, Product, 'p');
 * await sqlRead(dataSource, { name: 'catalog.product', text: `SELECT ${products.columns} FROM product p WHERE p.id = $1`, values: [id] }, products.map);
 * ```
 */
export function entityRows<T>(dataSource: DataSource, entity: new () => T, alias: string, prefix = ''): EntityRows<T> {
  const metadata = dataSource.getMetadata(entity);
  let byAlias = cache.get(metadata);
  if (!byAlias) cache.set(metadata, (byAlias = new Map()));
  const key = `${alias}|${prefix}`;
  const known = byAlias.get(key);
  if (known) return known as EntityRows<T>;

  const columns = metadata.columns
    .filter((column) => !column.isVirtual)
    .map((column) => ({ property: column.propertyName, selected: `${prefix}${column.propertyName}`, column }));
  const rows: EntityRows<T> = {
    columns: columns.map(({ column, selected }) => `${alias}."${column.databaseName}" AS "${selected}"`).join(', '),
    map: (row) => {
      const instance = new entity() as Record<string, unknown>;
      for (const { property, selected, column } of columns) {
        const value = row[selected];
        instance[property] = column.transformer ? fromDatabase(column.transformer, value) : value;
      }
      return instance as T;
    },
  };
  byAlias.set(key, rows as EntityRows<unknown>);
  return rows;
}
