import { TestBed } from '@angular/core/testing';
import { Route, Router, UrlSegment, UrlTree, provideRouter } from '@angular/router';
import { authGuard } from './auth.guard';

const json = (body: unknown) => Promise.resolve({ json: () => Promise.resolve(body) } as Response);

function run(fetchImpl: () => Promise<Response>, url: string) {
  global.fetch = jest.fn(fetchImpl) as unknown as typeof fetch;
  TestBed.configureTestingModule({ providers: [provideRouter([])] });
  // Outside a navigation the guard rebuilds the URL from the matched segments.
  const segments = url
    .split('/')
    .filter(Boolean)
    .map((path) => new UrlSegment(path, {}));
  return TestBed.runInInjectionContext(() => authGuard({} as Route, segments)) as Promise<boolean | UrlTree>;
}

const serialize = (tree: boolean | UrlTree) => (tree instanceof UrlTree ? TestBed.inject(Router).serializeUrl(tree) : tree);

describe('authGuard', () => {
  const original = global.fetch;
  afterEach(() => (global.fetch = original));

  it('lets a signed-in user through', async () => {
    const result = await run(() => json({ data: { me: { id: 'u1' } } }), '/org/1');
    expect(result).toBe(true);
  });

  it('asks the API with a plain JSON POST of the query, cookie included', async () => {
    await run(() => json({ data: { me: { id: 'u1' } } }), '/org/1');
    const [uri, init] = (global.fetch as jest.Mock).mock.calls[0];
    expect(uri).toBe('/graphql');
    expect(init).toMatchObject({ method: 'POST', credentials: 'same-origin' });
    expect(init.headers['content-type']).toBe('application/json');
    expect(JSON.parse(init.body).query).toContain('me { id secondFactorRequired }');
  });

  it('sends a person whose organization requires two-step verification they lack to enrolment', async () => {
    const result = await run(() => json({ data: { me: { id: 'u1', secondFactorRequired: true } } }), '/org/7');
    expect(serialize(result)).toBe('/security-setup');
  });

  it('sends a signed-out user (me = null) to /login with the page asked for', async () => {
    const result = await run(() => json({ data: { me: null } }), '/org/7');
    expect(serialize(result)).toBe('/login?returnUrl=%2Forg%2F7');
  });

  it('does not add a returnUrl for the home page', async () => {
    const result = await run(() => json({ data: { me: null } }), '/');
    expect(serialize(result)).toBe('/login');
  });

  it('fails closed when the API cannot be asked', async () => {
    const result = await run(() => Promise.reject(new TypeError('Failed to fetch')), '/org/7');
    expect(serialize(result)).toBe('/login?returnUrl=%2Forg%2F7');
  });

  it('fails closed on GraphQL errors', async () => {
    const result = await run(() => json({ data: null, errors: [{ message: 'boom' }] }), '/org/7');
    expect(serialize(result)).toBe('/login?returnUrl=%2Forg%2F7');
  });
});
