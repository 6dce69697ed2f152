import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { GraphqlClient, MeDocument } from '@manager/web-data-access/light';
import { firstValueFrom } from 'rxjs';

/**
 * `/` opens the first organization the user belongs to; with none, the route's own page
 * (a friendly empty state) shows instead.
 */
export const firstOrganizationGuard: CanActivateFn = async () => {
  const graphql = inject(GraphqlClient);
  const router = inject(Router);
  const data = await firstValueFrom(graphql.query(MeDocument));
  const first = data.me?.memberships[0];
  return first ? router.createUrlTree(['/org', first.organizationId]) : true;
};
