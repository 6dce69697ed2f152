import { CombinedGraphQLErrors } from '@apollo/client/errors';

/** The `extensions.code` values the API uses (see ARCHITECTURE.md, "API conventions"). */
export type ApiErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS';

/** The first GraphQL error of a failed operation, with its extensions, or undefined for network errors. */
export interface ApiError {
  code: string | undefined;
  message: string;
  extensions: Readonly<Record<string, unknown>>;
}

/**
 * Reads the first GraphQL error out of whatever Apollo threw or returned.
 *
 * @example
 * catchError((e) => of(apiError(e)?.code === 'NOT_FOUND' ? 'not-found' : 'error'))
 */
export function apiError(error: unknown): ApiError | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const first = error.errors[0];
  if (!first) return undefined;
  const extensions = (first.extensions ?? {}) as Record<string, unknown>;
  const code = typeof extensions['code'] === 'string' ? extensions['code'] : undefined;
  return { code, message: first.message, extensions };
}

/** True when any GraphQL error in `error` carries the given code. */
export function hasErrorCode(error: unknown, code: ApiErrorCode): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.['code'] === code);
}
