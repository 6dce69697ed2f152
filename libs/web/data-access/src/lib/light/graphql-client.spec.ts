import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { apiError } from '../errors/api-error';
import { LogoutDocument, MeDocument } from '../generated/light/graphql';
import { SessionCache } from '../session/session-cache';
import { GraphqlClient } from './graphql-client';

/** `fetch` answering every call with `body` as a GraphQL response (jsdom has no Response: what postGraphql reads). */
function answerWith(body: unknown): jest.Mock {
  const fetchMock = jest.fn((_uri: string, init: RequestInit) => {
    if (init.signal?.aborted) return Promise.reject(new DOMException('aborted', 'AbortError'));
    return Promise.resolve({
      status: 200,
      headers: { get: () => 'application/graphql-response+json' },
      json: () => Promise.resolve(body),
    });
  });
  global.fetch = fetchMock as unknown as typeof fetch;
  return fetchMock;
}

const unauthenticated = { data: null, errors: [{ message: 'Sign in', extensions: { code: 'UNAUTHENTICATED' } }] };

describe('GraphqlClient', () => {
  const original = global.fetch;
  let client: GraphqlClient;
  let router: Router;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideRouter([{ path: '**', children: [] }])] });
    client = TestBed.inject(GraphqlClient);
    router = TestBed.inject(Router);
  });
  afterEach(() => (global.fetch = original));

  it('asks the API with the document as text and emits the data', async () => {
    const fetchMock = answerWith({ data: { me: null } });
    await expect(firstValueFrom(client.query(MeDocument))).resolves.toEqual({ me: null });
    const body = JSON.parse(String((fetchMock.mock.calls[0][1] as RequestInit).body));
    expect(body).toMatchObject({ operationName: 'Me', query: MeDocument.toString() });
  });

  it('asks nothing until subscribed, and cancels the request when unsubscribed', async () => {
    const fetchMock = answerWith({ data: { me: null } });
    const query = client.query(MeDocument);
    expect(fetchMock).not.toHaveBeenCalled();
    query.subscribe().unsubscribe();
    expect((fetchMock.mock.calls[0][1] as RequestInit).signal?.aborted).toBe(true);
  });

  it('counts the mutations that succeeded, unless told not to', async () => {
    answerWith({ data: { logout: { success: true } } });
    expect(client.changes()).toBe(0);
    await client.mutate(LogoutDocument);
    expect(client.changes()).toBe(1);
    await client.mutate(LogoutDocument, undefined, { announce: false });
    client.announceChange();
    expect(client.changes()).toBe(2);
    answerWith({ data: null, errors: [{ message: 'No', extensions: { code: 'FORBIDDEN' } }] });
    await expect(client.mutate(LogoutDocument)).rejects.toBeDefined();
    expect(client.changes()).toBe(2);
  });

  it('rejects with the GraphQL errors, for apiError to read', async () => {
    answerWith({ data: null, errors: [{ message: 'Gone', extensions: { code: 'NOT_FOUND' } }] });
    const failure = await firstValueFrom(client.query(MeDocument)).catch((e: unknown) => e);
    expect(apiError(failure)?.code).toBe('NOT_FOUND');
  });

  it('on UNAUTHENTICATED empties the caches and goes to /login, back to the page afterwards', async () => {
    await router.navigateByUrl('/org/7');
    const clearer = jest.fn(() => Promise.resolve());
    TestBed.inject(SessionCache).register(clearer);
    answerWith(unauthenticated);
    await firstValueFrom(client.query(MeDocument)).catch(() => undefined);
    await new Promise((done) => setTimeout(done));
    expect(clearer).toHaveBeenCalled();
    expect(router.url).toBe('/login?returnUrl=%2Forg%2F7');
  });

  it('on SECOND_FACTOR_REQUIRED goes to the enrolment page', async () => {
    await router.navigateByUrl('/org/7');
    answerWith({ data: null, errors: [{ message: 'Set up', extensions: { code: 'SECOND_FACTOR_REQUIRED' } }] });
    await firstValueFrom(client.query(MeDocument)).catch(() => undefined);
    await new Promise((done) => setTimeout(done));
    expect(router.url).toBe('/security-setup');
  });
});
