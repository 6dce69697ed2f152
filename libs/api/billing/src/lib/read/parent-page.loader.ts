import DataLoader from 'dataloader';
import { type Connection, cursorPart, decodeCursor, encodeCursor, toConnection } from '@manager/api-core';

type Row = Record<string, unknown>;

export interface PageKey {
  parentId: string;
  first: number;
  after: string | null;
}

/** A keyset position: the sort value (ISO timestamp or ledger position) and the row id as tiebreaker. */
export type Keyset = [string, string];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A ledger's insertion order: a bigint, written as a string. */
const LEDGER_POSITION = cursorPart.text({ max: 18, pattern: /^\d{1,18}$/ });

/**
 * Reads an `after` cursor of a billing list, or refuses it (BAD_USER_INPUT on `after`) before any
 * SQL runs: `time` lists sort by a timestamp, `position` lists by the ledger's insertion order.
 */
export function readKeyset(after: string | null, sort: 'time' | 'position'): Keyset | null {
  if (!after) return null;
  return decodeCursor(after, [sort === 'time' ? cursorPart.timestamp : LEDGER_POSITION, cursorPart.uuid]);
}

export function keysetCursor(key: string, id: string): string {
  return encodeCursor([key, id]);
}

/**
 * One page per parent (organization, wallet…) for every parent asked about in the same request
 * level, in ONE statement per distinct (first, after): `fetch` returns, for all the parents, at
 * most `first + 1` rows each (a window function numbering each parent's rows), each row naming
 * its parent in `parent_id`. Keys are grouped so a page of 100 organizations costs one statement.
 */
export function createParentPageLoader<N>(options: {
  fetch: (parentIds: string[], first: number, after: Keyset | null) => Promise<Row[]>;
  sortKey: (row: Row) => string;
  toNode: (row: Row) => N;
  sort: 'time' | 'position';
}): DataLoader<PageKey, Connection<N>, string> {
  const cacheKey = (key: PageKey) => `${key.parentId}|${key.first}|${key.after ?? ''}`;
  return new DataLoader<PageKey, Connection<N>, string>(
    async (keys) => {
      const groups = new Map<string, PageKey[]>();
      for (const key of keys) {
        const group = `${key.first}|${key.after ?? ''}`;
        groups.set(group, [...(groups.get(group) ?? []), key]);
      }
      const pages = new Map<string, Connection<N>>();
      for (const group of groups.values()) {
        const { first, after } = group[0];
        const parentIds = [...new Set(group.map((key) => key.parentId))].filter((id) => UUID.test(id));
        const rows = parentIds.length ? await options.fetch(parentIds, first, readKeyset(after, options.sort)) : [];
        for (const key of group) {
          const page = toConnection(
            rows.filter((row) => row['parent_id'] === key.parentId),
            first,
            (row) => keysetCursor(options.sortKey(row), String(row['id'])),
          );
          pages.set(cacheKey(key), { ...page, edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: options.toNode(edge.node) })) });
        }
      }
      return keys.map((key) => pages.get(cacheKey(key)) as Connection<N>);
    },
    { cacheKeyFn: cacheKey },
  );
}

/** Counts per parent: one GROUP BY statement for every parent asked about. */
export function createParentCountLoader(count: (parentIds: string[]) => Promise<{ parent_id: string; count: number | string }[]>): DataLoader<string, number> {
  return new DataLoader<string, number>(async (parentIds) => {
    const wellFormed = parentIds.filter((id) => UUID.test(id));
    const rows = wellFormed.length ? await count(wellFormed) : [];
    const counts = new Map(rows.map((row) => [row.parent_id, Number(row.count)]));
    return parentIds.map((id) => counts.get(id) ?? 0);
  });
}

/** ISO string of a timestamp column as read by `pg` (a Date). */
export const isoOf = (value: unknown): string => (value instanceof Date ? value.toISOString() : new Date(String(value)).toISOString());
