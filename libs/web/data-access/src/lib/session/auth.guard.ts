import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { MeDocument } from '../generated/graphql';

/**
 * Lets signed-in users through; sends everybody else to /login with the page they asked for.
 * "Signed in" is what the API says: `me` is null without a valid session. If the API cannot be
 * asked, the guard fails closed (to /login) rather than showing an empty shell.
 */
export const authGuard: CanActivateFn = async (_route, state) => {
  const apollo = inject(Apollo);
  const router = inject(Router);
  try {
    const result = await firstValueFrom(apollo.query({ query: MeDocument }));
    if (result.data?.me) return true;
  } catch {
    // fall through: treat as signed out
  }
  const returnUrl = state.url && state.url !== '/' ? state.url : undefined;
  return router.createUrlTree(['/login'], { queryParams: returnUrl ? { returnUrl } : {} });
};
