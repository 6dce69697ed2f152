import { inject } from '@angular/core';
import { CanMatchFn, Router } from '@angular/router';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { MeDocument } from '../generated/graphql';

/**
 * Lets signed-in users match the signed-in routes; sends everybody else to /login with the page
 * they asked for. A `canMatch` guard, so a signed-out visitor never downloads the shell's code.
 * "Signed in" is what the API says: `me` is null without a valid session. If the API cannot be
 * asked, the guard fails closed (to /login) rather than showing an empty shell.
 */
export const authGuard: CanMatchFn = async (_route, segments) => {
  const apollo = inject(Apollo);
  const router = inject(Router);
  try {
    const result = await firstValueFrom(apollo.query({ query: MeDocument }));
    if (result.data?.me) return true;
  } catch {
    // fall through: treat as signed out
  }
  const navigation = router.currentNavigation();
  const target = navigation
    ? router.serializeUrl(navigation.extractedUrl)
    : '/' + segments.map((s) => s.path).join('/');
  const returnUrl = target && target !== '/' ? target : undefined;
  return router.createUrlTree(['/login'], { queryParams: returnUrl ? { returnUrl } : {} });
};
