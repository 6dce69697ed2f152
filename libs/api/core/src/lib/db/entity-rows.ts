import type { DataSource, EntityMetadata, ValueTransformer } from 'typeorm';

/** What a read selects to build entities of one table, and how it builds them. */
export interface EntityRows<T> {
  /** `alias.column AS "property", …` for every mapped column: a select list with no `*`. */
  columns: string;
  /** A row selected with `columns` → the entity: each property assigned, column transformers applied. */
  map: (row: Record<string, unknown>) => T;
  /**
   * The same for a row PostgreSQL wrote as JSON (`json_agg` of rows selected with `columns`):
   * timestamps come as ISO text and become Dates, int8 and numeric come as numbers and become
   * text, as `pg` reads them; the entity is the same as `map` makes from the row itself.
   */
  mapJson: (row: Record<string, unknown>) => T;
}

/** How a column's value in JSON becomes what `pg` reads for it; undefined: the same value. */
type FromJson = ((value: unknown) => unknown) | undefined;

const TIMESTAMP_TYPES = new Set(['timestamp', 'timestamptz', 'timestamp with time zone', 'timestamp without time zone', 'datetime']);
const TEXT_NUMBER_TYPES = new Set(['bigint', 'int8', 'numeric', 'decimal']);
/** Types whose JSON form `pg` would not read back as it reads the column (bytea as hex text…): refused, not guessed. */
const NO_JSON_TYPES = new Set(['bytea', 'interval', 'money']);

function fromJsonOf(column: { type: unknown; databaseName: string }): FromJson {
  const type = typeof column.type === 'string' ? column.type : column.type === Date ? 'timestamp' : undefined;
  if (type && TIMESTAMP_TYPES.has(type)) return (value) => (value === null || value === undefined ? value : new Date(value as string));
  if (type && TEXT_NUMBER_TYPES.has(type)) return (value) => (value === null || value === undefined ? value : String(value));
  if (type && NO_JSON_TYPES.has(type)) {
    return () => {
      throw new Error(`entityRows.mapJson: column ${column.databaseName} (${type}) has no JSON form pg reads the same`);
    };
  }
  return undefined;
}

const cache = new WeakMap<EntityMetadata, Map<string, EntityRows<unknown>>>();

/** What `build` makes for one entity and `key`, built once (the readers are computed from metadata, not per request). */
function cachedFor<V>(store: WeakMap<EntityMetadata, Map<string, V>>, metadata: EntityMetadata, key: string, build: () => V): V {
  let byKey = store.get(metadata);
  if (!byKey) store.set(metadata, (byKey = new Map()));
  let value = byKey.get(key);
  if (value === undefined) byKey.set(key, (value = build()));
  return value;
}

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
  return cachedFor(cache, metadata, `${alias}|${prefix}`, () => buildEntityRows(entity, metadata, alias, prefix)) as EntityRows<T>;
}

function buildEntityRows<T>(entity: new () => T, metadata: EntityMetadata, alias: string, prefix: string): EntityRows<T> {
  const columns = metadata.columns
    .filter((column) => !column.isVirtual)
    .map((column) => ({ property: column.propertyName, selected: `${prefix}${column.propertyName}`, column, fromJson: fromJsonOf(column) }));
  return {
    columns: columns.map(({ column, selected }) => `${alias}."${column.databaseName}" AS "${selected}"`).join(', '),
    map: (row) => {
      const instance = new entity() as Record<string, unknown>;
      for (const { property, selected, column } of columns) {
        const value = row[selected];
        instance[property] = column.transformer ? fromDatabase(column.transformer, value) : value;
      }
      return instance as T;
    },
    mapJson: (row) => {
      const instance = new entity() as Record<string, unknown>;
      for (const { property, selected, column, fromJson } of columns) {
        const value = fromJson ? fromJson(row[selected]) : row[selected];
        instance[property] = column.transformer ? fromDatabase(column.transformer, value) : value;
      }
      return instance as T;
    },
  };
}

/**
 * Some of an entity's properties, carried by another statement as one JSON array per row
 * (`json_build_array`, in `properties`' order): for a nested list whose operation reads a few of
 * its fields, so that neither PostgreSQL nor Node writes, parses and maps the columns nobody asked
 * for (a page of 100 clients with 10 products each read 1,000 whole product rows for their names).
 * The entity is built as `mapJson` builds it, with only those properties set: hand it only to
 * fields that read nothing else.
 */
export interface EntityArrayRows<T> {
  /** `alias.column AS "property", …` for the chosen properties, for the subquery the arrays are built from. */
  columns: string;
  /** `json_build_array(from."property", …)`: one row of `from` (the subquery's alias) as an array. */
  element: (from: string) => string;
  /** An array `element` wrote → the entity, those properties set. */
  map: (values: readonly unknown[]) => T;
}

const arrayCache = new WeakMap<EntityMetadata, Map<string, EntityArrayRows<unknown>>>();

export function entityArrayRows<T>(dataSource: DataSource, entity: new () => T, alias: string, properties: readonly string[]): EntityArrayRows<T> {
  const metadata = dataSource.getMetadata(entity);
  return cachedFor(arrayCache, metadata, `${alias}|${properties.join(',')}`, () => buildEntityArrayRows(entity, metadata, alias, properties)) as EntityArrayRows<T>;
}

function buildEntityArrayRows<T>(entity: new () => T, metadata: EntityMetadata, alias: string, properties: readonly string[]): EntityArrayRows<T> {
  const columns = properties.map((property) => {
    const column = metadata.columns.find((candidate) => candidate.propertyName === property && !candidate.isVirtual);
    if (!column) throw new Error(`entityArrayRows: ${metadata.name} has no column for ${property}`);
    return { property, column, fromJson: fromJsonOf(column) };
  });
  return {
    columns: columns.map(({ property, column }) => `${alias}."${column.databaseName}" AS "${property}"`).join(', '),
    element: (from) => `json_build_array(${columns.map(({ property }) => `${from}."${property}"`).join(', ')})`,
    map: (values) => {
      const instance = new entity() as Record<string, unknown>;
      for (let i = 0; i < columns.length; i++) {
        const { property, column, fromJson } = columns[i];
        const value = fromJson ? fromJson(values[i]) : values[i];
        instance[property] = column.transformer ? fromDatabase(column.transformer, value) : value;
      }
      return instance as T;
    },
  };
}
