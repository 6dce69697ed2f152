import 'reflect-metadata';
import { buildSchema, parse } from 'graphql';
import { assertOperationCost } from './operation-limits';

/** The cost is remembered per operation and values of what it depends on: never another request's verdict. */
describe('assertOperationCost', () => {
  const schema = buildSchema(`
    type Item { name: String children(first: Int): [Item] }
    type Query { items(first: Int, after: String): [Item] }
  `);
  const document = parse(`query Q($first: Int!, $inner: Int!, $after: String, $deep: Boolean!) {
    items(first: $first, after: $after) { name children(first: $inner) @include(if: $deep) { name } } }`);
  const cost = (variables: Record<string, unknown>) => assertOperationCost(schema, document, 'Q', variables, 1_000);

  it('follows the page sizes and directives, whatever else the variables say', () => {
    expect(cost({ first: 2, inner: 3, deep: true })).toBe(1 + 2 * (1 + 1 + 3 * 1));
    expect(cost({ first: 2, inner: 3, deep: true, after: 'x' })).toBe(11);
    expect(cost({ first: 2, inner: 3, deep: false })).toBe(1 + 2 * 1);
    expect(cost({ first: 5, inner: 3, deep: true })).toBe(1 + 5 * 5);
  });

  it('refuses a cost above the limit after cheaper values of the same operation, and still accepts them', () => {
    expect(cost({ first: 1, inner: 1, deep: true })).toBe(4);
    expect(() => cost({ first: 100, inner: 100, deep: true })).toThrow(/too expensive/);
    expect(() => cost({ first: 100, inner: 100, deep: true })).toThrow(/too expensive/);
    expect(cost({ first: 1, inner: 1, deep: true })).toBe(4);
  });
});
