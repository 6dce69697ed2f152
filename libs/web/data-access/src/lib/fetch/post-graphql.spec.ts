import { LoginDocument, TermsVersionDocument } from '../generated/fetch/graphql';
import { GraphqlResponseError, apiError } from '../errors/api-error';
import { postGraphql } from './post-graphql';

/** A fetch that answers once with `body` (jsdom has no Response: the parts postGraphql reads). */
function answer(body: unknown, { status = 200, type = 'application/graphql-response+json; charset=utf-8' } = {}) {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const response = {
    status,
    headers: { get: (name: string) => (name.toLowerCase() === 'content-type' ? type : null) },
    json: () => Promise.resolve().then(() => JSON.parse(text)),
  };
  return jest.fn(() => Promise.resolve(response)) as unknown as jest.MockedFunction<typeof fetch>;
}
const variables = { input: { email: 'a@example.com', password: 'secret' } };

describe('postGraphql', () => {
  it('POSTs the operation as same-origin JSON, like Apollo’s HttpLink', async () => {
    const fetchFn = answer({ data: { login: { user: null } } });
    await postGraphql(LoginDocument, variables, { fetchFn });
    const [uri, init] = fetchFn.mock.calls[0] as [string, RequestInit];
    expect(uri).toBe('/graphql');
    expect(init).toMatchObject({ method: 'POST', credentials: 'same-origin' });
    expect(init.headers).toEqual({
      'content-type': 'application/json',
      accept: 'application/graphql-response+json,application/json;q=0.9',
    });
    const body = JSON.parse(String(init.body));
    expect(body.operationName).toBe('Login');
    expect(body.variables).toEqual(variables);
    expect(body.query).toBe(LoginDocument.toString());
    expect(body.query).toMatch(/^\s*mutation Login\(\$input: LoginInput!\)/);
  });

  it('sends an operation without variables with an empty object, named', async () => {
    const fetchFn = answer({ data: { termsOfUse: { version: '2024-01' } } });
    await expect(postGraphql(TermsVersionDocument, undefined, { fetchFn })).resolves.toEqual({ termsOfUse: { version: '2024-01' } });
    const body = JSON.parse(String((fetchFn.mock.calls[0] as [string, RequestInit])[1].body));
    expect(body).toEqual({ operationName: 'TermsVersion', variables: {}, query: TermsVersionDocument.toString() });
  });

  it('resolves to the data', async () => {
    const user = { id: 'u1', displayName: 'A', email: 'a@example.com', themePreference: 'AUTO' };
    await expect(postGraphql(LoginDocument, variables, { fetchFn: answer({ data: { login: { user } } }) })).resolves.toEqual({ login: { user } });
  });

  it('rejects with the GraphQL errors, whatever the status, for apiError to read', async () => {
    const errors = [{ message: 'Slow down', extensions: { code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 7 } }];
    const failure = await postGraphql(LoginDocument, variables, { fetchFn: answer({ data: null, errors }, { status: 400 }) }).catch((e) => e);
    expect(failure).toBeInstanceOf(GraphqlResponseError);
    expect(apiError(failure)).toEqual({ code: 'TOO_MANY_REQUESTS', message: 'Slow down', extensions: errors[0].extensions });
  });

  it('takes a plain JSON error page above 299 for a network failure, not a GraphQL error', async () => {
    const fetchFn = answer({ errors: [{ message: 'proxy' }] }, { status: 502, type: 'application/json' });
    const failure = await postGraphql(LoginDocument, variables, { fetchFn }).catch((e) => e);
    expect(failure).toBeInstanceOf(Error);
    expect(apiError(failure)).toBeUndefined();
  });

  it('rejects, without a GraphQL error, on a body that is not a GraphQL response', async () => {
    for (const body of ['<html>oops</html>', { hello: 'world' }, { data: null }]) {
      const failure = await postGraphql(LoginDocument, variables, { fetchFn: answer(body, { type: 'text/html' }) }).catch((e) => e);
      expect(failure).toBeInstanceOf(Error);
      expect(apiError(failure)).toBeUndefined();
    }
  });

  it('lets a network failure through as it is', async () => {
    const fetchFn = jest.fn(() => Promise.reject(new TypeError('Failed to fetch'))) as unknown as typeof fetch;
    await expect(postGraphql(LoginDocument, variables, { fetchFn })).rejects.toThrow('Failed to fetch');
  });
});
