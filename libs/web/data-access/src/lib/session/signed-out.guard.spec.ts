import { TestBed } from '@angular/core/testing';
import { Route, provideRouter } from '@angular/router';
import { signedOutGuard } from './signed-out.guard';

const json = (body: unknown) => Promise.resolve({ json: () => Promise.resolve(body) } as Response);

function run(fetchImpl: () => Promise<Response>) {
  global.fetch = jest.fn(fetchImpl) as unknown as typeof fetch;
  TestBed.configureTestingModule({ providers: [provideRouter([])] });
  return TestBed.runInInjectionContext(() => signedOutGuard({} as Route, [])) as Promise<boolean>;
}

describe('signedOutGuard', () => {
  const original = global.fetch;
  afterEach(() => (global.fetch = original));

  it('matches for a signed-out visitor', async () => {
    expect(await run(() => json({ data: { me: null } }))).toBe(true);
  });

  it('does not match for a signed-in user: the signed-in route answers', async () => {
    expect(await run(() => json({ data: { me: { id: 'u1' } } }))).toBe(false);
  });

  it('shows the signed-out face when the API cannot be asked', async () => {
    expect(await run(() => Promise.reject(new TypeError('Failed to fetch')))).toBe(true);
  });
});
