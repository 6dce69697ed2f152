import 'reflect-metadata';
import { GraphQLError } from 'graphql';
import { cursorPart, decodeCursor, encodeCursor } from './connection';

const id = '3f1c2b9e-7d4a-4e8b-9c1d-2a3b4c5d6e7f';
const refused = (cursor: string, parts: Parameters<typeof decodeCursor>[1]) => {
  try {
    decodeCursor(cursor, parts);
  } catch (error) {
    return error instanceof GraphQLError ? error.extensions : error;
  }
  return 'accepted';
};
const raw = (values: unknown) => Buffer.from(JSON.stringify(values)).toString('base64url');

describe('decodeCursor', () => {
  it('reads back what encodeCursor wrote, typed by its parts', () => {
    const at = new Date('2026-03-01T10:00:00.123Z').toISOString();
    expect(decodeCursor(encodeCursor([at, id]), [cursorPart.timestamp, cursorPart.uuid])).toEqual([at, id]);
    expect(decodeCursor(encodeCursor([2, 'Ada', id]), [cursorPart.int(0, 3), cursorPart.text(), cursorPart.uuid])).toEqual([2, 'Ada', id]);
    expect(decodeCursor(encodeCursor(['NAME', 'acme', id]), [cursorPart.oneOf('NAME'), cursorPart.text(), cursorPart.uuid])).toEqual(['NAME', 'acme', id]);
  });

  it.each([
    ['not base64 JSON', 'not a cursor!', [cursorPart.text(), cursorPart.uuid]],
    ['an object', raw({ a: 1 }), [cursorPart.text(), cursorPart.uuid]],
    ['the wrong arity', raw(['a']), [cursorPart.text(), cursorPart.uuid]],
    ['a non-UUID id', raw(['a', 'not-a-uuid']), [cursorPart.text(), cursorPart.uuid]],
    ['NUL in text', raw(['a\u0000', id]), [cursorPart.text(), cursorPart.uuid]],
    ['a lone surrogate in text', raw(['a\ud800', id]), [cursorPart.text(), cursorPart.uuid]],
    ['text over the bound', raw(['x'.repeat(1001), id]), [cursorPart.text(), cursorPart.uuid]],
    ['31 February', raw(['2026-02-31T00:00:00.000Z', id]), [cursorPart.timestamp, cursorPart.uuid]],
    ['year 0', raw(['0000-01-01T00:00:00.000Z', id]), [cursorPart.timestamp, cursorPart.uuid]],
    ['a date without time', raw(['2026-02-01', id]), [cursorPart.timestamp, cursorPart.uuid]],
    ['an int out of range', raw([4, 'a', id]), [cursorPart.int(0, 3), cursorPart.text(), cursorPart.uuid]],
    ['a fraction', raw([1.5, 'a', id]), [cursorPart.int(0, 3), cursorPart.text(), cursorPart.uuid]],
    ['a string for an int', raw(['1', 'a', id]), [cursorPart.int(0, 3), cursorPart.text(), cursorPart.uuid]],
    ['another order', raw(['SINCE', 'a', id]), [cursorPart.oneOf('NAME'), cursorPart.text(), cursorPart.uuid]],
    ['digits over the pattern', raw(['1e5', id]), [cursorPart.text({ pattern: /^\d{1,18}$/ }), cursorPart.uuid]],
  ])('refuses %s as BAD_USER_INPUT on after', (_label, cursor, parts) => {
    expect(refused(cursor as string, parts as never)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});
