import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { apiError, hasErrorCode } from './graphql-errors';

const errors = (...list: { message: string; extensions?: Record<string, unknown> }[]) =>
  new CombinedGraphQLErrors({ data: null, errors: list }, list);

describe('graphql errors', () => {
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

  it('returns nothing for network errors', () => {
    expect(apiError(new TypeError('Failed to fetch'))).toBeUndefined();
    expect(hasErrorCode(new TypeError('Failed to fetch'), 'UNAUTHENTICATED')).toBe(false);
  });
});
