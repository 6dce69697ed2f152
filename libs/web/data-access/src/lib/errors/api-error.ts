/** The `extensions.code` values the API uses (see ARCHITECTURE.md, "API conventions"). */
export type ApiErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS'
  | 'SECOND_FACTOR_REQUIRED';

/** The first GraphQL error of a failed operation, with its extensions, or undefined for network errors. */
export interface ApiError {
  code: string | undefined;
  message: string;
  extensions: Readonly<Record<string, unknown>>;
}

/** One entry of a GraphQL response's `errors`. */
export interface GraphqlErrorEntry {
  message: string;
  extensions?: Readonly<Record<string, unknown>>;
}

/**
 * What `postGraphql` (the fetch-based calls of the signed-out pages) throws when the API answers
 * with GraphQL errors: the counterpart of Apollo's `CombinedGraphQLErrors`.
 */
export class GraphqlResponseError extends Error {
  constructor(readonly errors: readonly GraphqlErrorEntry[]) {
    super(errors.map((e) => e.message).join('\n') || 'GraphQL error');
    this.name = 'GraphqlResponseError';
  }
}

/**
 * The GraphQL errors an operation failed with, from either client, or undefined for anything
 * else (network down, a 502 page, a bug). Apollo's `CombinedGraphQLErrors` is recognised by the
 * brand its own `CombinedGraphQLErrors.is()` reads, so this file needs no import of Apollo and the
 * pages without Apollo can use it (api-error.spec.ts checks it against real Apollo errors).
 */
function graphqlErrors(error: unknown): readonly GraphqlErrorEntry[] | undefined {
  if (error instanceof GraphqlResponseError) return error.errors;
  const branded = typeof error === 'object' && error !== null && (error as Record<symbol, unknown>)[APOLLO_BRAND];
  if (branded !== 'CombinedGraphQLErrors') return undefined;
  const errors = (error as { errors?: unknown }).errors;
  return Array.isArray(errors) ? (errors as GraphqlErrorEntry[]) : undefined;
}
const APOLLO_BRAND = Symbol.for('apollo.error');

/**
 * Reads the first GraphQL error out of whatever Apollo or `postGraphql` threw.
 *
 * @example
 * catchError((e) => of(apiError(e)?.code === 'NOT_FOUND' ? 'not-found' : 'error'))
 */
export function apiError(error: unknown): ApiError | undefined {
  const first = graphqlErrors(error)?.[0];
  if (!first) return undefined;
  const extensions = (first.extensions ?? {}) as Record<string, unknown>;
  const code = typeof extensions['code'] === 'string' ? extensions['code'] : undefined;
  return { code, message: first.message, extensions };
}

/** True when any GraphQL error in `error` carries the given code. */
export function hasErrorCode(error: unknown, code: ApiErrorCode): boolean {
  return graphqlErrors(error)?.some((e) => e.extensions?.['code'] === code) ?? false;
}
