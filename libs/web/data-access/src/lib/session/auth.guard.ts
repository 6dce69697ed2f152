import { inject } from '@angular/core';
import { CanMatchFn, Router } from '@angular/router';
import { fetchSessionState } from './session-check';

/** Where a person goes whose organization requires two-step verification they have not set up. */
export const SECOND_FACTOR_SETUP_PATH = '/security-setup';

/**
 * Lets signed-in users match the signed-in routes (those held at two-step enrolment go to
 * /security-setup instead); sends everybody else to /login with the page
 * they asked for. A `canMatch` guard, so a signed-out visitor never downloads the shell's code.
 * "Signed in" is what the API says: `me` is null without a valid session. If the API cannot be
 * asked, the guard fails closed (to /login) rather than showing an empty shell.
 *
 * It asks with a bare `fetch` (see `fetchSessionUserId`), not Apollo, so it can sit in the
 * initial bundle without pulling the GraphQL client in.
 */
export const authGuard: CanMatchFn = async (_route, segments) => {
  const router = inject(Router);
  try {
    const session = await fetchSessionState();
    // The API refuses everything else to them (SECOND_FACTOR_REQUIRED): straight to enrolment.
    if (session?.secondFactorRequired) return router.createUrlTree([SECOND_FACTOR_SETUP_PATH]);
    if (session) return true;
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
