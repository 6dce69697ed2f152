import 'reflect-metadata';
import { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';
import { countSqlStatements } from '../db/sql-statement-counter';
import { openTestDataSource } from '../db/test-data-source.spec-helper';
import { type Connection, cursorPart, decodeCursor, encodeCursor, MAX_PAGE_SIZE } from './connection';
import {
  type KeysetOrder,
  keysetCountLoader,
  keysetFirstPageJson,
  keysetKey,
  keysetPage,
  keysetPageFromJson,
  keysetPageLoader,
  type KeysetParentQuery,
  pageRequest,
} from './keyset-page';

interface ItemRow {
  id: string;
  parent: string;
  name: string;
  at: Date;
}

const PARENTS = ['0a000000-0000-4000-8000-000000000001', '0b000000-0000-4000-8000-000000000002'];
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
// Names that tie once lower-cased ("b"/"B"), so the id must break ties; times that tie too.
const ITEMS = ['b', 'B', 'a', 'C', 'd', 'kChat', 'Domain', 'a', 'VPS'].map((name, i) => ({
  id: uuid(9 - i),
  parent: PARENTS[i % 2],
  name,
  at: new Date(Date.UTC(2026, 0, 1 + (i % 4), 10, 0, 0, 123)),
}));

const BY_NAME: KeysetOrder = { keys: [keysetKey.text('lower(i.name)'), keysetKey.uuid('i.id')], direction: 'ASC' };
const NEWEST: KeysetOrder = { tag: 'NEWEST', keys: [keysetKey.timestamp('i.at'), keysetKey.uuid('i.id')], direction: 'DESC' };

const items = (order: KeysetOrder, where?: string, params?: unknown[]): KeysetParentQuery<ItemRow, string> => ({
  name: 'spec.items',
  select: 'i.id, i.parent, i.name, i.at',
  from: 'spec_item i',
  parent: 'i.parent',
  where,
  params,
  order,
  map: (row) => row.name,
});

/** What the pages must show: the order computed in JavaScript. */
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byName = (rows: typeof ITEMS) => [...rows].sort((a, b) => compare(a.name.toLowerCase(), b.name.toLowerCase()) || compare(a.id, b.id)).map((r) => r.name);
const newest = (rows: typeof ITEMS) => [...rows].sort((a, b) => b.at.getTime() - a.at.getTime() || compare(b.id, a.id)).map((r) => r.name);

const refusal = async (run: () => unknown) => {
  try {
    await run();
  } catch (error) {
    return error instanceof GraphQLError ? error.extensions : error;
  }
  return 'accepted';
};

describe('keysetPage', () => {
  let dataSource: DataSource;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ dataSource, close } = await openTestDataSource());
    // In the spec's own schema (dropped on close), seen by TypeORM's and sqlRead's connections. "C" collation: byte order, as the JavaScript sort above.
    await dataSource.query(`CREATE TABLE spec_item (id uuid PRIMARY KEY, parent uuid NOT NULL, name text COLLATE "C" NOT NULL, at timestamptz(3) NOT NULL)`);
    for (const item of ITEMS) await dataSource.query(`INSERT INTO spec_item VALUES ($1, $2, $3, $4)`, [item.id, item.parent, item.name, item.at]);
  });
  afterAll(() => close());

  /** Every page of a list, following endCursor, with the statements each page cost. */
  async function pageThrough(order: KeysetOrder, first: number, where?: string, params?: unknown[]) {
    const names: string[] = [];
    const costs: number[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 20; guard++) {
      const { result, statements } = await countSqlStatements(() => keysetPage(dataSource, items(order, where, params), pageRequest(order, first, after)));
      names.push(...result.edges.map((edge) => edge.node));
      costs.push(statements.length);
      expect(result.pageInfo.endCursor).toBe(result.edges.at(-1)?.cursor ?? null);
      if (!result.pageInfo.hasNextPage) return { names, costs };
      after = result.pageInfo.endCursor;
    }
    throw new Error('no last page');
  }

  it('pages through a list in its order, without gap or repeat, ties broken by the id', async () => {
    for (const first of [1, 2, 4, 100]) {
      expect((await pageThrough(BY_NAME, first)).names).toEqual(byName(ITEMS));
      expect((await pageThrough(NEWEST, first)).names).toEqual(newest(ITEMS));
    }
  });

  it('costs one statement per page (first + 1 rows tell hasNextPage); totalCount one more, only once awaited', async () => {
    const { costs } = await pageThrough(BY_NAME, 4);
    expect(costs).toEqual([1, 1, 1]);
    const { result: page, statements } = await countSqlStatements(async () => {
      const found = await keysetPage(dataSource, items(BY_NAME), pageRequest(BY_NAME, 2, null));
      return { found, total: await found.totalCount };
    });
    expect(page.total).toBe(ITEMS.length);
    expect(statements).toHaveLength(2);
  });

  it('writes its LIMIT as a number in a few steps (planned generically, prepared per text): any page size, four statements', async () => {
    const limits = new Map<number, number>();
    for (let first = 1; first <= MAX_PAGE_SIZE; first++) {
      const { result, statements } = await countSqlStatements(() => keysetPage(dataSource, items(BY_NAME), pageRequest(BY_NAME, first, null)));
      expect(result.edges.map((edge) => edge.node)).toEqual(byName(ITEMS).slice(0, first));
      expect(result.pageInfo.hasNextPage).toBe(first < ITEMS.length);
      const limit = Number(/LIMIT (\d+)\s*$/.exec(statements[0])?.[1]);
      expect(limit).toBeGreaterThan(first);
      limits.set(limit, (limits.get(limit) ?? 0) + 1);
    }
    expect([...limits]).toEqual([[11, 10], [21, 10], [51, 30], [101, 50]]);
  });

  it('keeps the list’s own conditions and parameters, numbering its own after them', async () => {
    const only = ITEMS.filter((item) => item.parent === PARENTS[1]);
    expect((await pageThrough(BY_NAME, 2, 'i.parent = $1', [PARENTS[1]])).names).toEqual(byName(only));
    const found = await keysetPage(dataSource, items(BY_NAME, 'i.parent = $1', [PARENTS[1]]), pageRequest(BY_NAME, 2, null));
    expect(await found.totalCount).toBe(only.length);
  });

  it("carries a parent's first page as one JSON column of another statement: keysetPageLoader's very page and cursors", async () => {
    const shown = (page: Connection<string>) => ({
      edges: page.edges.map((edge) => [edge.node, edge.cursor]),
      hasNextPage: page.pageInfo.hasNextPage,
      endCursor: page.pageInfo.endCursor,
    });
    for (const order of [BY_NAME, NEWEST]) {
      for (const first of [1, 2, 100]) {
        const query = items(order);
        const rows: { id: string; page: ItemRow[] }[] = await dataSource.query(
          `SELECT parents.id, ${keysetFirstPageJson(query, 'parents.id', first + 1)} AS page FROM unnest($1::uuid[]) AS parents(id)`,
          [PARENTS],
        );
        const loader = keysetPageLoader(dataSource, query);
        for (const row of rows) {
          const carried = keysetPageFromJson(query, row.page, first, (item: ItemRow) => item.name);
          expect(shown(carried)).toEqual(shown(await loader.load({ parentId: row.id, first, after: null })));
        }
      }
    }
    expect(() => keysetFirstPageJson(items(BY_NAME), 'parents.id', MAX_PAGE_SIZE + 2)).toThrow();
  });

  it('writes cursors that read back as the sort key of their row, tagged with the order when it has a name', async () => {
    const page = await keysetPage(dataSource, items(NEWEST), pageRequest(NEWEST, 1, null));
    const [top] = ITEMS.filter((item) => item.name === newest(ITEMS)[0]);
    expect(decodeCursor(page.pageInfo.endCursor as string, [cursorPart.oneOf('NEWEST'), cursorPart.timestamp, cursorPart.uuid])).toEqual(['NEWEST', top.at.toISOString(), top.id]);
    expect(pageRequest(NEWEST, 1, page.pageInfo.endCursor).position).toEqual([top.at.toISOString(), top.id]);
  });

  describe('page arguments, checked before any statement', () => {
    const forged = [
      ['no base64 JSON', 'not a cursor!'],
      ['the wrong arity', encodeCursor(['a'])],
      ['a non-UUID id', encodeCursor(['a', 'not-a-uuid'])],
      ['NUL in text', encodeCursor(['a\u0000', uuid(1)])],
      ['a number for text', encodeCursor([1, uuid(1)])],
      ['text over the bound', encodeCursor(['x'.repeat(2000), uuid(1)])],
      ['a cursor of another order', encodeCursor(['NEWEST', '2026-01-01T10:00:00.123Z', uuid(1)])],
    ];

    it.each(forged)('refuses %s as BAD_USER_INPUT on after, with no statement', async (_label, after) => {
      const { result, statements } = await countSqlStatements(() => refusal(() => keysetPage(dataSource, items(BY_NAME), pageRequest(BY_NAME, 2, after))));
      expect(result).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
      expect(statements).toEqual([]);
    });

    it('refuses a cursor of another order, or of the same order untagged', async () => {
      const byNameCursor = (await keysetPage(dataSource, items(BY_NAME), pageRequest(BY_NAME, 1, null))).pageInfo.endCursor as string;
      expect(await refusal(() => pageRequest(NEWEST, 2, byNameCursor))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
      expect(await refusal(() => pageRequest(NEWEST, 2, encodeCursor(['2026-01-01T10:00:00.123Z', uuid(1)])))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    });

    it.each([0, -1, 1.5, MAX_PAGE_SIZE + 1, Number.NaN])('refuses first = %p as BAD_USER_INPUT on first', async (first) => {
      expect(await refusal(() => pageRequest(BY_NAME, first, null))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    });

    it('takes 1 and MAX_PAGE_SIZE', () => {
      expect(pageRequest(BY_NAME, 1, null)).toEqual({ first: 1, after: null, position: null });
      expect(pageRequest(BY_NAME, MAX_PAGE_SIZE, undefined).first).toBe(MAX_PAGE_SIZE);
    });
  });

  describe('per parent', () => {
    const loadAll = (loader: ReturnType<typeof keysetPageLoader<ItemRow, string>>, ids: string[], first: number, after: string | null = null) =>
      countSqlStatements(() => Promise.all(ids.map((parentId) => loader.load({ parentId, first, after }))));
    const names = (page: Connection<string>) => page.edges.map((edge) => edge.node);

    it('gives each parent its own page, all in one statement; unknown and malformed parents get empty pages', async () => {
      const loader = keysetPageLoader(dataSource, items(BY_NAME));
      const unknown = uuid(999);
      const { result, statements } = await loadAll(loader, [...PARENTS, unknown, 'not-a-uuid'], 2);
      expect(statements).toHaveLength(1);
      for (const [i, parent] of PARENTS.entries()) {
        const expected = byName(ITEMS.filter((item) => item.parent === parent));
        expect(names(result[i])).toEqual(expected.slice(0, 2));
        expect(result[i].pageInfo.hasNextPage).toBe(expected.length > 2);
      }
      expect(result.slice(2).map(({ edges, pageInfo }) => ({ edges, pageInfo }))).toEqual([0, 1].map(() => ({ edges: [], pageInfo: { hasNextPage: false, endCursor: null } })));
    });

    it('pages each parent with its own cursors to the end, as the single list does', async () => {
      for (const parent of PARENTS) {
        const loader = keysetPageLoader(dataSource, items(NEWEST));
        const seen: string[] = [];
        let after: string | null = null;
        do {
          const { result } = await loadAll(loader, [parent], 2, after);
          seen.push(...names(result[0]));
          after = result[0].pageInfo.hasNextPage ? result[0].pageInfo.endCursor : null;
        } while (after);
        expect(seen).toEqual(newest(ITEMS.filter((item) => item.parent === parent)));
      }
    });

    it('refuses a forged cursor at load, before anything is batched or run', async () => {
      const loader = keysetPageLoader(dataSource, items(BY_NAME));
      const { result, statements } = await countSqlStatements(() => refusal(() => loader.load({ parentId: PARENTS[0], first: 2, after: encodeCursor(['a', 'x']) })));
      expect(result).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
      expect(statements).toEqual([]);
      expect(await refusal(() => loader.load({ parentId: PARENTS[0], first: 101, after: null }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    });

    it('counts per parent in one statement; nothing visible costs nothing', async () => {
      const counts = keysetCountLoader(dataSource, items(BY_NAME));
      const { result, statements } = await countSqlStatements(() => Promise.all([...PARENTS, uuid(999)].map((id) => counts.load(id))));
      expect(result).toEqual([5, 4, 0]);
      expect(statements).toHaveLength(1);

      const hidden = await countSqlStatements(() =>
        Promise.all([
          keysetPageLoader(dataSource, items(BY_NAME), { nothingVisible: true }).load({ parentId: PARENTS[0], first: 2, after: null }),
          keysetCountLoader(dataSource, items(BY_NAME), { nothingVisible: true }).load(PARENTS[0]),
        ]),
      );
      expect(hidden.result).toEqual([{ edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 }, 0]);
      expect(hidden.statements).toEqual([]);
    });
  });
});
