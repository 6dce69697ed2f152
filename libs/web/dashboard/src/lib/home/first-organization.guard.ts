import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { MeDocument } from '@manager/web-data-access';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';

/**
 * `/` opens the first organization the user belongs to; with none, the route's own page
 * (a friendly empty state) shows instead.
 */
export const firstOrganizationGuard: CanActivateFn = async () => {
  const apollo = inject(Apollo);
  const router = inject(Router);
  const result = await firstValueFrom(apollo.query({ query: MeDocument }));
  const first = result.data?.me?.memberships[0];
  return first ? router.createUrlTree(['/org', first.organizationId]) : true;
};
