import { DestroyRef, EnvironmentProviders, Injector, inject, makeEnvironmentProviders, provideEnvironmentInitializer } from '@angular/core';
import { Router } from '@angular/router';
import { ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { Apollo, provideApollo } from 'apollo-angular';
import { hasErrorCode } from '../errors/api-error';
import { SECOND_FACTOR_SETUP_PATH } from '../session/auth.guard';
import { SessionCache } from '../session/session-cache';
import { ThemeService } from '../theme/theme.service';

/** Pages that handle a missing session themselves: never bounce them to /login. */
const SIGNED_OUT_PAGES = ['/login', '/change-user', '/signup', '/terms', '/invitations'];

/**
 * Apollo for the SPA: same-origin POSTs to `/graphql` (the session is an httpOnly cookie, so
 * there is nothing to attach), one normalized cache, and one rule for every operation:
 * UNAUTHENTICATED means the session is gone, so drop the cache and go to /login;
 * SECOND_FACTOR_REQUIRED means an organization now requires two-step verification this session
 * lacks, so go to its enrolment page.
 *
 * Meant for a lazy parent route's `providers` (not the app config): Apollo Client and graphql-js
 * then load with the first page that talks to the API, never in the initial bundle. Services that
 * need Apollo (ThemeService) are provided here too, beside it. The signed-out pages that start a
 * session do not load Apollo: they clear its store through `SessionCache`, which this registers.
 */
export function provideGraphql(uri = '/graphql'): EnvironmentProviders {
  return makeEnvironmentProviders([
    ThemeService,
    provideEnvironmentInitializer(() => {
      // Looked up when a session starts, so registering does not create the client.
      const injector = inject(Injector);
      const unregister = inject(SessionCache).register(() => injector.get(Apollo).client.clearStore());
      inject(DestroyRef).onDestroy(unregister);
    }),
    provideApollo(() => {
      const router = inject(Router);
      // Apollo is what this factory configures: look it up when an error happens, not now.
      const injector = inject(Injector);
      const onUnauthenticated = new ErrorLink(({ error }) => {
        if (hasErrorCode(error, 'SECOND_FACTOR_REQUIRED')) {
          if (!router.url.startsWith(SECOND_FACTOR_SETUP_PATH)) void router.navigateByUrl(SECOND_FACTOR_SETUP_PATH);
          return;
        }
        if (!hasErrorCode(error, 'UNAUTHENTICATED')) return;
        const url = router.url;
        if (SIGNED_OUT_PAGES.some((page) => url.startsWith(page))) return;
        void injector.get(Apollo).client.clearStore().finally(() =>
          router.navigate(['/login'], { queryParams: url && url !== '/' ? { returnUrl: url } : {} }),
        );
      });
      return {
        link: ApolloLink.from([onUnauthenticated, new HttpLink({ uri, credentials: 'same-origin' })]),
        cache: new InMemoryCache(),
      };
    }),
  ]);
}
