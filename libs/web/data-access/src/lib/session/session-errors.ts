import { Router } from '@angular/router';
import { hasErrorCode } from '../errors/api-error';
import { SECOND_FACTOR_SETUP_PATH } from './auth.guard';

/** Pages that handle a missing session themselves: never bounce them to /login. */
const SIGNED_OUT_PAGES = ['/login', '/change-user', '/signup', '/terms', '/invitations'];

/**
 * The one rule for what any GraphQL answer says about the session, for both clients (Apollo's
 * error link and `GraphqlClient`): UNAUTHENTICATED means the session is gone, so drop the cache
 * and go to /login (back here afterwards); SECOND_FACTOR_REQUIRED means an organization now
 * requires two-step verification this session lacks, so go to its enrolment page. Any other
 * error is the caller's.
 */
export function followSessionError(error: unknown, router: Router, clearCache: () => Promise<unknown>): void {
  if (hasErrorCode(error, 'SECOND_FACTOR_REQUIRED')) {
    if (!router.url.startsWith(SECOND_FACTOR_SETUP_PATH)) void router.navigateByUrl(SECOND_FACTOR_SETUP_PATH);
    return;
  }
  if (!hasErrorCode(error, 'UNAUTHENTICATED')) return;
  const url = router.url;
  if (SIGNED_OUT_PAGES.some((page) => url.startsWith(page))) return;
  void clearCache().finally(() => router.navigate(['/login'], { queryParams: url && url !== '/' ? { returnUrl: url } : {} }));
}
