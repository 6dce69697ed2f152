import { TestBed } from '@angular/core/testing';
import { ActivatedRouteSnapshot, Router, RouterStateSnapshot, UrlTree, provideRouter } from '@angular/router';
import { GraphqlClient } from '@manager/web-data-access/light';
import { of } from 'rxjs';
import { firstOrganizationGuard } from './first-organization.guard';

async function run(me: unknown) {
  TestBed.configureTestingModule({
    providers: [provideRouter([]), { provide: GraphqlClient, useValue: { query: () => of({ me }) } }],
  });
  const result = await (TestBed.runInInjectionContext(() =>
    firstOrganizationGuard({} as ActivatedRouteSnapshot, { url: '/' } as RouterStateSnapshot),
  ) as Promise<boolean | UrlTree>);
  return result instanceof UrlTree ? TestBed.inject(Router).serializeUrl(result) : result;
}

describe('firstOrganizationGuard', () => {
  it("opens the first membership's organization", async () => {
    const me = {
      id: 'u1',
      memberships: [
        { id: 'm1', role: 'ADMIN', organizationId: 'o-42', organization: { id: 'o-42', name: 'Acme' } },
        { id: 'm2', role: 'USER', organizationId: 'o-7', organization: { id: 'o-7', name: 'Other' } },
      ],
    };
    expect(await run(me)).toBe('/org/o-42');
  });

  it('shows the empty state when the user belongs nowhere', async () => {
    expect(await run({ id: 'u1', memberships: [] })).toBe(true);
  });
});
