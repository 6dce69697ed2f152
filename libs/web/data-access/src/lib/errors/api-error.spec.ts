import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { GraphqlErrorEntry, GraphqlResponseError, apiError, hasErrorCode } from './api-error';

// Both clients' errors: Apollo's (the signed-in pages) and postGraphql's (the signed-out pages).
const fromApollo = (...list: GraphqlErrorEntry[]) => new CombinedGraphQLErrors({ data: null, errors: list }, list);
const fromFetch = (...list: GraphqlErrorEntry[]) => new GraphqlResponseError(list);

describe.each([
  ['Apollo', fromApollo],
  ['postGraphql', fromFetch],
])('graphql errors from %s', (_client, errors) => {
  it('reads the code and extensions of the first error', () => {
    const e = errors({ message: 'Slow down', extensions: { code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 12 } });
    expect(apiError(e)).toEqual({
      code: 'TOO_MANY_REQUESTS',
      message: 'Slow down',
      extensions: { code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 12 },
    });
  });

  it('finds a code among several errors', () => {
    const e = errors({ message: 'a', extensions: { code: 'NOT_FOUND' } }, { message: 'b', extensions: { code: 'UNAUTHENTICATED' } });
    expect(hasErrorCode(e, 'UNAUTHENTICATED')).toBe(true);
    expect(hasErrorCode(e, 'FORBIDDEN')).toBe(false);
  });

  it('gives no code to an error without extensions', () => {
    expect(apiError(errors({ message: 'boom' }))).toEqual({ code: undefined, message: 'boom', extensions: {} });
  });
});

describe('errors that are not GraphQL errors', () => {
  it('returns nothing for network errors', () => {
    expect(apiError(new TypeError('Failed to fetch'))).toBeUndefined();
    expect(hasErrorCode(new TypeError('Failed to fetch'), 'UNAUTHENTICATED')).toBe(false);
  });

  it('does not take a look-alike object for GraphQL errors', () => {
    const lookAlike = Object.assign(new Error('x'), { name: 'CombinedGraphQLErrors', errors: [{ message: 'x' }] });
    expect(apiError(lookAlike)).toBeUndefined();
    expect(apiError(null)).toBeUndefined();
    expect(apiError('UNAUTHENTICATED')).toBeUndefined();
  });
});
