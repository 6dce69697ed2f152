/**
 * A field whose answer the parent object may already hold: a list that reads, in its own
 * statement, what its nodes' fields will ask for (a page of managed clients carries each client's
 * first products) leaves it on each node, and the field answers from there
 * without its resolver — no TypeGraphQL handler, parameter promises or loader per row. `read`
 * returns the carried answer for these arguments, or undefined: the field's resolver then runs as
 * it always does. Only fields without roles or middleware are read this way (the schema checks,
 * see apps/api/src/graphql/carried-fields.ts), so what the resolver would have done besides
 * answering is nothing; the carried answer must be exactly what it would have answered.
 */
export type CarriedFieldRead<T> = (root: T, args: Record<string, unknown>) => unknown;

const carried = new Map<abstract new (...args: never[]) => unknown, Map<string, CarriedFieldRead<never>>>();

/** Declares that `type`'s field `field` may answer from what its object carries (`read`). */
export function carriesField<T>(type: abstract new (...args: never[]) => T, field: string, read: CarriedFieldRead<T>): void {
  let fields = carried.get(type);
  if (!fields) carried.set(type, (fields = new Map()));
  fields.set(field, read as CarriedFieldRead<never>);
}

/** Every declared carried field, for the schema to wire: type → field name → read. */
export function carriedFields(): ReadonlyMap<abstract new (...args: never[]) => unknown, ReadonlyMap<string, CarriedFieldRead<never>>> {
  return carried;
}
