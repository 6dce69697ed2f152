import DataLoader from 'dataloader';
import type { QueryResultRow } from 'pg';
import { sqlRead, type SqlReader } from '../db/sql-read';
import { checkPageSize, type Connection, type CursorPart, cursorPart, decodeCursor, type Edge, encodeCursor, MAX_PAGE_SIZE, type PageInfo } from './connection';

/**
 * The one keyset paginator: every connection of the API pages through `keysetPage` (one list) or
 * `keysetPageLoader` (one page per parent for many parents, in one statement). A list declares
 * WHAT it reads (`KeysetQuery`: select list, FROM, WHERE, order); this file writes the SQL that
 * pages it, so cursors, bounds and `hasNextPage` mean the same everywhere:
 * - `first` is bounded (`checkPageSize`) and `after` decoded against the list's own order before
 *   any statement of the list runs: a forged cursor is BAD_USER_INPUT on `after`, never a SQL error;
 * - the page fetches `first + 1` rows, the extra one says whether there is a next page;
 * - the cursor is the row's sort key read back from PostgreSQL (the very values of the ORDER BY),
 *   and names the order when a list has several (`tag`), so one order's cursor is refused by another;
 * - the statement after a cursor is a different (named, prepared) statement from the first page's,
 *   so each gets its own plan: no `$n IS NULL OR …` for the planner to guess about;
 * - `totalCount` is counted only when asked: from the same FROM and WHERE, so it counts what pages.
 *
 * Cursors are not signed: API processes share a database and must read each other's cursors, and
 * every position is validated as strictly as the column it is compared with (connection.ts).
 */

/** One sort key of an order: its SQL, its type, how a cursor carries it and how it is read back. */
export interface KeysetKey<V extends string | number = string | number> {
  sql: string;
  cast: string;
  part: CursorPart<V>;
  read: (value: unknown) => V;
}

/** A ledger position (bigint): digits as a string, exactly as `pg` reads an int8. */
const BIGINT_TEXT = cursorPart.text({ max: 18, pattern: /^\d{1,18}$/ });

/** ISO string of a timestamp column as read by `pg` (a Date); the columns paged on keep milliseconds. */
const isoOf = (value: unknown): string => (value instanceof Date ? value : new Date(String(value))).toISOString();

export const keysetKey = {
  text: (sql: string): KeysetKey<string> => ({ sql, cast: 'text', part: cursorPart.text(), read: String }),
  uuid: (sql: string): KeysetKey<string> => ({ sql, cast: 'uuid', part: cursorPart.uuid, read: String }),
  /** A `timestamptz(3)`: milliseconds, so a JavaScript date carries it exactly. */
  timestamp: (sql: string): KeysetKey<string> => ({ sql, cast: 'timestamptz', part: cursorPart.timestamp, read: isoOf }),
  int: (sql: string, min: number, max: number): KeysetKey<number> => ({ sql, cast: 'int', part: cursorPart.int(min, max), read: Number }),
  bigint: (sql: string): KeysetKey<string> => ({ sql, cast: 'bigint', part: BIGINT_TEXT, read: String }),
};

/**
 * How a list is ordered: its keys, all in one direction, the last one unique (an id), so that the
 * row comparison `(k1, k2…) > (cursor)` is exactly "after this row".
 */
export interface KeysetOrder {
  keys: readonly KeysetKey[];
  direction: 'ASC' | 'DESC';
  /** Written first in the cursor when a list can be ordered several ways. */
  tag?: string;
}

/** What a list reads. `where` uses `$1…$n` for `params`; the paginator numbers its own after them. */
export interface KeysetQuery<R extends QueryResultRow, T> {
  /** The statement's name, e.g. `catalog.products`: prepared per connection under it. */
  name: string;
  /** The select list, without `*` (prepared statements keep their result type). */
  select: string;
  /** FROM, with its joins. */
  from: string;
  where?: string;
  params?: readonly unknown[];
  order: KeysetOrder;
  map: (row: R) => T;
  /**
   * Columns read for the page's rows only, joined once the page is cut (after its LIMIT), so that
   * they cost one lookup per row shown, never per row walked: `select` and `join` name the page's
   * own columns as `page.<column>` (`join: 'JOIN organization o ON o.id = page.client_organization_id'`).
   * Lets a page carry what its nodes' fields would otherwise ask in statements of their own.
   */
  pageRowsWith?: { select: string; join: string };
}

/** A per-parent list: `parent` is the uuid column each page belongs to (`t.organization_id`). */
export interface KeysetParentQuery<R extends QueryResultRow, T> extends KeysetQuery<R, T> {
  parent: string;
}

/** Page arguments checked against a list's order: the bounded size and the decoded position. */
export interface PageRequest {
  first: number;
  after: string | null;
  position: readonly (string | number)[] | null;
}

/**
 * Checks `first` and `after` for a list ordered by `order`, before any of its statements runs:
 * BAD_USER_INPUT on `first` outside 1…MAX_PAGE_SIZE, on `after` for anything but a cursor of this
 * very order.
 */
export function pageRequest(order: KeysetOrder, first: number, after: string | null | undefined): PageRequest {
  const size = checkPageSize(first);
  if (!after) return { first: size, after: null, position: null };
  const parts = [...(order.tag ? [cursorPart.oneOf(order.tag)] : []), ...order.keys.map((key) => key.part)];
  const decoded = decodeCursor(after, parts) as (string | number)[];
  return { first: size, after, position: order.tag ? decoded.slice(1) : decoded };
}

const keyColumn = (i: number) => `"_k${i}"`;

/** `k1 DESC, k2 DESC` */
const orderBy = (order: KeysetOrder, column: (key: KeysetKey, i: number) => string) =>
  order.keys.map((key, i) => `${column(key, i)} ${order.direction}`).join(', ');

/** The keys' SQL and the keyset condition after `position`, its values numbered from `$from`. */
function keysetSql(order: KeysetOrder, position: PageRequest['position'], from: number): { keys: string; after: string } {
  const keys = order.keys.map((key, i) => `${key.sql} AS ${keyColumn(i)}`).join(', ');
  if (!position) return { keys, after: '' };
  const columns = order.keys.map((key) => key.sql).join(', ');
  const values = order.keys.map((key, i) => `$${from + i}::${key.cast}`).join(', ');
  return { keys, after: ` AND (${columns}) ${order.direction === 'ASC' ? '>' : '<'} (${values})` };
}

function cursorOf(order: KeysetOrder, row: QueryResultRow): string {
  const values = order.keys.map((key, i) => key.read(row[`_k${i}`]));
  return encodeCursor(order.tag ? [order.tag, ...values] : values);
}

/**
 * An edge whose cursor is written when it is read: most pages are asked for their nodes only
 * (a page of 100 clients with 10 products each would otherwise encode 1,100 cursors nobody reads).
 */
class KeysetEdge<T> implements Edge<T> {
  constructor(
    readonly node: T,
    private readonly order: KeysetOrder,
    private readonly row: QueryResultRow,
  ) {}

  get cursor(): string {
    return cursorOf(this.order, this.row);
  }
}

/** `pageInfo` with the last edge's cursor written only when `endCursor` is read. */
class KeysetPageInfo implements PageInfo {
  constructor(
    readonly hasNextPage: boolean,
    private readonly last: Edge<unknown>,
  ) {}

  get endCursor(): string {
    return this.last.cursor;
  }
}

/** Rows read with one more than shown → a connection of `first` edges at most, `edge` making each. */
function pageOf<R, T>(rows: readonly R[], first: number, edge: (row: R) => Edge<T>): Connection<T> {
  const shown = Math.min(rows.length, first);
  if (!shown) return { edges: [], pageInfo: { hasNextPage: false, endCursor: null } };
  const edges: Edge<T>[] = new Array(shown);
  for (let i = 0; i < shown; i++) edges[i] = edge(rows[i]);
  return { edges, pageInfo: new KeysetPageInfo(rows.length > first, edges[shown - 1]) };
}

/** Rows fetched with at least one extra (limitLiteral) → a connection of `first` at most. */
function toPage<R extends QueryResultRow, T>(query: KeysetQuery<R, T>, rows: R[], first: number, map: (row: R) => T = query.map): Connection<T> {
  return pageOf(rows, first, (row) => new KeysetEdge(map(row), query.order, row));
}

const where = (query: { where?: string }) => query.where ?? 'TRUE';

/** How many rows a list holds: its FROM and WHERE, its parameters. */
const countSql = (query: { from: string; where?: string }) => `SELECT count(*)::int AS count FROM ${query.from} WHERE ${where(query)}`;

/** A connection with nothing in it (a list out of the actor's sight, for one). */
export function emptyConnection<T>(): Connection<T> {
  return { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 };
}

/**
 * Starts `run` the first time the value is awaited: GraphQL awaits a field's value only when the
 * field is selected, so an unselected `totalCount` costs no statement.
 */
function whenAsked<V>(run: () => Promise<V>): PromiseLike<V> {
  let started: Promise<V> | undefined;
  return { then: (onFulfilled, onRejected) => (started ??= run()).then(onFulfilled, onRejected) };
}

/**
 * A page's LIMIT written into the statement, not passed as a value: the reads are planned
 * generically (sql-read.ts), and a generic plan knows nothing of a `LIMIT $n` (PostgreSQL assumes
 * 10 % of the rows), so with a partner's average share of the partnerships as its guess it joined
 * the client organizations by hashing the whole organization table (every organization read for
 * a page of 20: 4.4 → 2.8 ms, bench:managed-clients at 12,000 organizations). The number is
 * `first + 1` (one more row tells `hasNextPage`) rounded up to a step, so that a list has at most
 * LIMIT_STEPS.length statements per variant, whatever sizes its callers ask for (each is
 * prepared and planned on every connection that runs it); the page is cut at `first` in `toPage`.
 * `first` is checked again here: it becomes SQL text.
 */
const LIMIT_STEPS = [11, 21, 51, MAX_PAGE_SIZE + 1] as const;
const limitLiteral = (page: PageRequest): number => {
  const rows = checkPageSize(page.first) + 1;
  return LIMIT_STEPS.find((step) => step >= rows) ?? rows;
};

/**
 * One page of one list, in one statement; its `totalCount` runs a second one only when awaited,
 * or rides along in the page's statement when the caller knows it is asked for (`withCount`).
 *
 * @example
 * ```ts
 * const BY_NAME: KeysetOrder = { keys: [keysetKey.text('lower(pp.public_name)'), keysetKey.uuid('pp.organization_id')], direction: 'ASC' };
 * const page = pageRequest(BY_NAME, first, after); // refuses bad arguments first
 * return keysetPage(ctx.dataSource, {
 *   name: 'partners.directory', select: 'pp.organization_id, pp.public_name', from: 'partner_profile pp',
 *   where: 'pp.listed AND lower(pp.public_name) LIKE $1', params: [pattern], order: BY_NAME,
 *   map: (row: { organization_id: string; public_name: string }) => ({ id: row.organization_id, name: row.public_name }),
 * }, page);
 * ```
 */
export async function keysetPage<R extends QueryResultRow, T>(
  db: SqlReader,
  query: KeysetQuery<R, T>,
  page: PageRequest,
  options: { withCount?: boolean } = {},
): Promise<Connection<T>> {
  const params = query.params ?? [];
  const keyset = keysetSql(query.order, page.position, params.length + 1);
  const cut = `SELECT ${query.select}, ${keyset.keys}
             FROM ${query.from}
             WHERE ${where(query)}${keyset.after}
             ORDER BY ${orderBy(query.order, (key) => key.sql)}
             LIMIT ${limitLiteral(page)}`;
  // The count rides along when it is known to be asked for (an uncorrelated subquery: counted once).
  const extra = [...(query.pageRowsWith ? [query.pageRowsWith.select] : []), ...(options.withCount ? [`(${countSql(query)}) AS "_total"`] : [])];
  const rows = await sqlRead(
    db,
    {
      name: `${query.name}.page${options.withCount ? '-counted' : ''}`,
      text: extra.length
        ? `SELECT page.*, ${extra.join(', ')} FROM (${cut}) page ${query.pageRowsWith?.join ?? ''}
           ORDER BY ${orderBy(query.order, (_, i) => `page.${keyColumn(i)}`)}`
        : cut,
      values: [...params, ...(page.position ?? [])],
    },
    (row: R) => row,
  );
  // An empty page says nothing of the list's size (a cursor past its end): counted apart then.
  const counted = options.withCount && rows.length ? (rows[0]['_total'] as number) : undefined;
  return { ...toPage(query, rows, page.first), totalCount: counted ?? whenAsked(() => keysetCount(db, query)) };
}

/** How many rows a list holds (its FROM and WHERE): one statement. */
export async function keysetCount<R extends QueryResultRow>(db: SqlReader, query: KeysetQuery<R, unknown>): Promise<number> {
  const [count] = await sqlRead(
    db,
    { name: `${query.name}.count`, text: countSql(query), values: query.params },
    (row: { count: number }) => row.count,
  );
  return count;
}

export interface ParentPageKey {
  parentId: string;
  first: number;
  after: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const pageCacheKey = (key: ParentPageKey) => `${key.parentId}|${key.first}|${key.after ?? ''}`;

/**
 * One page for each parent, all in ONE statement: a LATERAL subquery per parent id stops at the
 * parent's first + 1 rows on its index, however many rows the parent holds. Parents that are not
 * uuids have nothing (no statement casts them).
 */
export async function keysetPagesByParent<R extends QueryResultRow, T>(
  db: SqlReader,
  query: KeysetParentQuery<R, T>,
  parentIds: readonly string[],
  page: PageRequest,
): Promise<Map<string, Connection<T>>> {
  const parents = [...new Set(parentIds)].filter((id) => UUID.test(id));
  const params = query.params ?? [];
  const parentsParam = params.length + 1;
  const keyset = keysetSql(query.order, page.position, parentsParam + 1);
  const rows = parents.length
    ? await sqlRead(
        db,
        {
          name: `${query.name}.pages`,
          text: `SELECT page.* FROM unnest($${parentsParam}::uuid[]) AS parents(id)
                 CROSS JOIN LATERAL (
                   SELECT ${query.select}, parents.id AS "_parent", ${keyset.keys}
                   FROM ${query.from}
                   WHERE ${query.parent} = parents.id AND ${where(query)}${keyset.after}
                   ORDER BY ${orderBy(query.order, (key) => key.sql)}
                   LIMIT ${limitLiteral(page)}
                 ) page
                 ORDER BY page."_parent", ${orderBy(query.order, (_, i) => `page.${keyColumn(i)}`)}`,
          values: [...params, parents, ...(page.position ?? [])],
        },
        (row: R) => row,
      )
    : [];
  const byParent = new Map<string, R[]>(parents.map((id) => [id, []]));
  for (const row of rows) byParent.get(String(row['_parent']))?.push(row);
  const pages = new Map<string, Connection<T>>();
  for (const id of parentIds) pages.set(id, toPage(query, byParent.get(id) ?? [], page.first));
  return pages;
}

/** For an actor who sees nothing of a list (nobody signed in): empty pages and zero counts, without SQL. */
export interface KeysetLoaderOptions {
  nothingVisible?: boolean;
}

/**
 * A DataLoader of pages per parent: the keys of one request level that share `first` and `after`
 * cost one statement (`keysetPagesByParent`). `load` checks the page arguments at once, before
 * anything is batched.
 */
export class KeysetPageLoader<T> extends DataLoader<ParentPageKey, Connection<T>, string> {
  constructor(
    private readonly order: KeysetOrder,
    batch: DataLoader.BatchLoadFn<ParentPageKey, Connection<T>>,
  ) {
    super(batch, { cacheKeyFn: pageCacheKey });
  }

  override load(key: ParentPageKey): Promise<Connection<T>> {
    pageRequest(this.order, key.first, key.after);
    return super.load(key);
  }
}

/**
 * @example
 * ```ts
 * productPage: keysetPageLoader(dataSource, {
 *   name: 'catalog.products', select: products.columns, from: 'product p', parent: 'p.organization_id',
 *   where: visibleProductsCondition('p', '$1'), params: [actor?.userId], order: BY_NAME, map: products.map,
 * }, { nothingVisible: !actor }),
 * // a resolver: productPage.load({ parentId: organization.id, first, after })
 * ```
 */
export function keysetPageLoader<R extends QueryResultRow, T>(
  db: SqlReader,
  query: KeysetParentQuery<R, T>,
  options: KeysetLoaderOptions = {},
): KeysetPageLoader<T> {
  return new KeysetPageLoader<T>(query.order, async (keys) => {
    const groups = new Map<string, ParentPageKey[]>();
    for (const key of keys) {
      const group = `${key.first}|${key.after ?? ''}`;
      groups.set(group, [...(groups.get(group) ?? []), key]);
    }
    const pages = new Map<string, Connection<T>>();
    for (const group of groups.values()) {
      const { first, after } = group[0];
      const ids = group.map((key) => key.parentId);
      const found = options.nothingVisible ? new Map<string, Connection<T>>() : await keysetPagesByParent(db, query, ids, pageRequest(query.order, first, after));
      for (const key of group) pages.set(pageCacheKey(key), found.get(key.parentId) ?? emptyConnection<T>());
    }
    return keys.map((key) => pages.get(pageCacheKey(key)) as Connection<T>);
  });
}

/** How many rows each parent's list holds: one GROUP BY statement for every parent asked about. */
export function keysetCountLoader<R extends QueryResultRow>(
  db: SqlReader,
  query: KeysetParentQuery<R, unknown>,
  options: KeysetLoaderOptions = {},
): DataLoader<string, number> {
  return new DataLoader<string, number>(async (parentIds) => {
    const ids = [...new Set(parentIds)].filter((id) => UUID.test(id));
    const params = query.params ?? [];
    const rows =
      !options.nothingVisible && ids.length
        ? await sqlRead(
            db,
            {
              name: `${query.name}.counts`,
              text: `SELECT ${query.parent} AS parent, count(*)::int AS count FROM ${query.from}
                     WHERE ${query.parent} = ANY($${params.length + 1}::uuid[]) AND ${where(query)}
                     GROUP BY ${query.parent}`,
              values: [...params, ids],
            },
            (row: { parent: string; count: number }) => row,
          )
        : [];
    const counts = new Map(rows.map((row) => [row.parent, row.count]));
    return parentIds.map((id) => counts.get(id) ?? 0);
  });
}

/**
 * A per-parent list's first page for the parent in `parentSql`, as ONE json column of another
 * statement: `json_agg` of at most `rows` rows (`first + 1` when `hasNextPage` is read, else
 * `first`), in the list's order, with its sort keys for the cursors. For a list whose rows each
 * name a parent whose page their nodes' fields ask for (each managed client's products), so that
 * those pages cost no statement of their own: the same FROM, WHERE and order as
 * `keysetPagesByParent`, so both answer the same page. `query.where` must use the placeholders of
 * the statement it is carried in. Read back with `keysetPageFromJson`; with `arrays`, only some
 * columns, as arrays, read back with `keysetPageFromJsonArrays`.
 */
export function keysetFirstPageJson(query: KeysetParentQuery<QueryResultRow, unknown>, parentSql: string, rows: number, arrays?: CarriedArrays): string {
  // Written into the text (one prepared statement per size): only a bounded page size may be.
  if (!Number.isInteger(rows) || rows < 1 || rows > MAX_PAGE_SIZE + 1) throw new Error(`keysetFirstPageJson: ${rows} rows`);
  const keyset = keysetSql(query.order, null, 0);
  const element = arrays ? arrays.element('carried') : 'carried';
  return `(SELECT coalesce(json_agg(${element} ORDER BY ${orderBy(query.order, (_, i) => `carried.${keyColumn(i)}`)}), '[]'::json) FROM (
            SELECT ${arrays ? arrays.columns : query.select}, ${keyset.keys} FROM ${query.from}
            WHERE ${query.parent} = ${parentSql} AND ${where(query)}
            ORDER BY ${orderBy(query.order, (key) => key.sql)}
            LIMIT ${rows}) carried)`;
}

/**
 * Rows of a carried page written as arrays of a few columns (`entityArrayRows`): the subquery
 * selects `columns` (and the sort keys, which order the page but are left out of the arrays), each
 * row is `element` of it. Such a page has no cursors: carry it only for an operation that reads none.
 */
export interface CarriedArrays {
  columns: string;
  element: (from: string) => string;
}

/** An edge of a page carried without its sort keys: the operation that carried it reads no cursor. */
class UncursoredEdge<T> implements Edge<T> {
  constructor(readonly node: T) {}

  get cursor(): string {
    throw new Error('this page was carried without its sort keys: no cursor to write (carry whole rows for an operation that reads cursors)');
  }
}

/**
 * The page `keysetFirstPageJson` read with `arrays`: the first `first` of its rows, each mapped by
 * `map`, `hasNextPage` when there was one more; no cursors (see CarriedArrays).
 */
export function keysetPageFromJsonArrays<T>(rows: readonly (readonly unknown[])[], first: number, map: (values: readonly unknown[]) => T): Connection<T> {
  return pageOf(rows, first, (row) => new UncursoredEdge(map(row)));
}

/**
 * The page `keysetFirstPageJson` read: its rows as PostgreSQL wrote them in JSON, each mapped by
 * `map` (JSON's types: see `EntityRows.mapJson`), the first `first` shown, `hasNextPage` when
 * there was one more; cursors as `keysetPage` writes them, when read.
 */
export function keysetPageFromJson<R extends QueryResultRow, T>(
  query: KeysetQuery<QueryResultRow, unknown>,
  rows: readonly R[],
  first: number,
  map: (row: R) => T,
): Connection<T> {
  return toPage(query as KeysetQuery<R, T>, rows as R[], first, map);
}
