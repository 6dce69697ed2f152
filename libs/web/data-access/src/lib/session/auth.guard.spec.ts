import { TestBed } from '@angular/core/testing';
import { Route, Router, UrlSegment, UrlTree, provideRouter } from '@angular/router';
import { Apollo } from 'apollo-angular';
import { Observable, of, throwError } from 'rxjs';
import { authGuard } from './auth.guard';

function run(query: () => Observable<unknown>, url: string) {
  TestBed.configureTestingModule({
    providers: [provideRouter([]), { provide: Apollo, useValue: { query: jest.fn(query) } }],
  });
  // Outside a navigation the guard rebuilds the URL from the matched segments.
  const segments = url
    .split('/')
    .filter(Boolean)
    .map((path) => new UrlSegment(path, {}));
  return TestBed.runInInjectionContext(() => authGuard({} as Route, segments)) as Promise<boolean | UrlTree>;
}

const serialize = (tree: boolean | UrlTree) => (tree instanceof UrlTree ? TestBed.inject(Router).serializeUrl(tree) : tree);

describe('authGuard', () => {
  it('lets a signed-in user through', async () => {
    const result = await run(() => of({ data: { me: { id: 'u1' } } }), '/org/1');
    expect(result).toBe(true);
  });

  it('sends a signed-out user (me = null) to /login with the page asked for', async () => {
    const result = await run(() => of({ data: { me: null } }), '/org/7');
    expect(serialize(result)).toBe('/login?returnUrl=%2Forg%2F7');
  });

  it('does not add a returnUrl for the home page', async () => {
    const result = await run(() => of({ data: { me: null } }), '/');
    expect(serialize(result)).toBe('/login');
  });

  it('fails closed when the API cannot be asked', async () => {
    const result = await run(() => throwError(() => new Error('offline')), '/org/7');
    expect(serialize(result)).toBe('/login?returnUrl=%2Forg%2F7');
  });
});
