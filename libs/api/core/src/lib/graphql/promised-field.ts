/**
 * Properties of an object type that may hold a promise or a thenable instead of their value (a
 * connection's `totalCount`, counted only when GraphQL awaits it): they keep a resolver, which
 * awaits, and are never read inline (apps/api/src/graphql/plain-fields.ts drops the resolvers of
 * plain properties, and graphql-jit does not await what it reads inline).
 */
const promised = new Map<abstract new (...args: never[]) => unknown, Set<string>>();

/** Declares that `type`'s property `field` may hold a promise of its value. */
export function mayHoldPromise(type: abstract new (...args: never[]) => unknown, field: string): void {
  let fields = promised.get(type);
  if (!fields) promised.set(type, (fields = new Set()));
  fields.add(field);
}

/** Whether `type` itself declared `field` with `mayHoldPromise` (a caller walks the classes it extends). */
export function holdsPromise(type: unknown, field: string): boolean {
  return promised.get(type as abstract new (...args: never[]) => unknown)?.has(field) ?? false;
}
