import { GraphQLError } from 'graphql';

/**
 * The error codes a client can act on. Every thrown error that reaches a client carries one of
 * these in `extensions.code`; anything else is masked as INTERNAL_SERVER_ERROR and logged.
 */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  TOO_MANY_REQUESTS: 'TOO_MANY_REQUESTS',
  /** An organization of the person requires two-step verification: enrol a second factor first. */
  SECOND_FACTOR_REQUIRED: 'SECOND_FACTOR_REQUIRED',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export const CLIENT_ERROR_CODES: ReadonlySet<string> = new Set([
  ...Object.values(ErrorCode),
  // Produced by graphql-js and Apollo themselves for malformed operations.
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** Bad input on one field: `badUserInput('email', 'Enter a valid email address.')`. */
export function badUserInput(field: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, field } });
}

export function unauthenticated(message = 'Log in to continue.'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.UNAUTHENTICATED } });
}

export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.FORBIDDEN } });
}

/**
 * The object does not exist *for this actor*. Used both for missing rows and for rows outside
 * the actor's reach, so that the answer never tells which.
 */
export function notFound(what: string): GraphQLError {
  return new GraphQLError(`${what} not found.`, { extensions: { code: ErrorCode.NOT_FOUND } });
}

export function conflict(message: string, field?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.CONFLICT, ...(field ? { field } : {}) } });
}

export function tooManyRequests(retryAfterSeconds: number): GraphQLError {
  return new GraphQLError(`Too many attempts. Try again in ${retryAfterSeconds} s.`, {
    extensions: { code: ErrorCode.TOO_MANY_REQUESTS, retryAfterSeconds },
  });
}
