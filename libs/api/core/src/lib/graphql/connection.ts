import { type ClassType, Field, Int, ObjectType } from 'type-graphql';
import { mayHoldPromise } from './promised-field';
import { badUserInput } from '../errors';
import { unstorableTextReason } from './operation-input';

/** The largest page a client may ask for: lists are always bounded. */
export const MAX_PAGE_SIZE = 100;

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  /**
   * Counted only when asked for: a field resolver counts, or `keysetPage` leaves a value that runs
   * its statement only once GraphQL awaits it (when the field is selected).
   */
  totalCount?: number | PromiseLike<number>;
}

/**
 * Declares `XConnection` and `XEdge` object types for a node type, Relay style.
 * `totalCount` is left to the owning resolver so it costs a statement only when selected.
 */
export function ConnectionType<T extends object>(node: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field()
    cursor!: string;

    @Field(() => node)
    node!: T;
  }

  // Named apart from the concrete `XConnection` subclass; unreferenced, so never emitted.
  @ObjectType(`${name}ConnectionBase`)
  abstract class ConnectionClass {
    @Field(() => [EdgeType])
    edges!: Edge<T>[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int)
    totalCount!: number;
  }
  // `keysetPage` leaves a count that runs when awaited (whenAsked): never read inline.
  mayHoldPromise(ConnectionClass, 'totalCount');
  return ConnectionClass;
}

/** Keyset cursors are opaque to clients: base64url of a JSON tuple. */
export function encodeCursor(values: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

/**
 * One position of a cursor tuple: reads the decoded JSON value, or answers undefined when it is
 * not what the list's SQL expects. Cursors are not signed (API processes share a database and
 * must read each other's cursors), so each position is checked as strictly as the column it
 * is compared with: a forged cursor is refused before any query, never failing in PostgreSQL.
 */
export type CursorPart<T> = (value: unknown) => T | undefined;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// What `Date.toISOString()` writes, for the years PostgreSQL and JavaScript agree on.
const ISO_TIMESTAMP = /^[1-9]\d{3}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
/** Longer than any stored name's sort key: inputs bound names to a few hundred characters. */
export const CURSOR_TEXT_MAX = 1000;

/** The parts a cursor is made of: `decodeCursor(after, [cursorPart.text(), cursorPart.uuid])`. */
export const cursorPart = {
  uuid: ((value) => (typeof value === 'string' && UUID.test(value) ? value : undefined)) as CursorPart<string>,
  /** A `timestamptz` as written by `toISOString()`, and only a real instant (no 31 February). */
  timestamp: ((value) =>
    typeof value === 'string' && ISO_TIMESTAMP.test(value) && new Date(value).toISOString() === value ? value : undefined) as CursorPart<string>,
  int:
    (min: number, max: number): CursorPart<number> =>
    (value) =>
      typeof value === 'number' && Number.isSafeInteger(value) && value >= min && value <= max ? value : undefined,
  /** Text PostgreSQL can store (no NUL, no lone surrogate), at most `max` characters, optionally of a pattern. */
  text:
    (options: { max?: number; pattern?: RegExp } = {}): CursorPart<string> =>
    (value) =>
      typeof value === 'string' &&
      value.length <= (options.max ?? CURSOR_TEXT_MAX) &&
      unstorableTextReason(value) === null &&
      (!options.pattern || options.pattern.test(value))
        ? value
        : undefined,
  oneOf:
    <V extends string>(...values: readonly V[]): CursorPart<V> =>
    (value) =>
      values.includes(value as V) ? (value as V) : undefined,
};

type Decoded<P extends readonly CursorPart<unknown>[]> = { -readonly [K in keyof P]: P[K] extends CursorPart<infer T> ? T : never };

/** The longest cursor worth decoding: a few parts of bounded size. */
const CURSOR_MAX_LENGTH = 8 * CURSOR_TEXT_MAX;

/**
 * Reads an `after` cursor whose positions must be `parts`, or refuses it as BAD_USER_INPUT on
 * `after` before any query runs:
 * `const [name, id] = decodeCursor(after, [cursorPart.text(), cursorPart.uuid])`.
 */
export function decodeCursor<const P extends readonly CursorPart<unknown>[]>(cursor: string, parts: P): Decoded<P> {
  let values: unknown;
  try {
    if (cursor.length <= CURSOR_MAX_LENGTH) values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    // refused below
  }
  if (Array.isArray(values) && values.length === parts.length) {
    const decoded = parts.map((part, i) => part(values[i]));
    if (decoded.every((value) => value !== undefined)) return decoded as Decoded<P>;
  }
  throw badUserInput('after', 'This cursor is not valid for this list. Use an endCursor returned by the API.');
}

export function checkPageSize(first: number): number {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badUserInput('first', `Ask for between 1 and ${MAX_PAGE_SIZE} items.`);
  }
  return first;
}
