import { EnvironmentProviders, Injectable, Injector, NgZone, inject, makeEnvironmentProviders } from '@angular/core';
import { Router } from '@angular/router';
import { ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { Apollo } from 'apollo-angular';
import { OperationTypeNode } from 'graphql';
import { tap } from 'rxjs';
import { GraphqlClient } from '../light/graphql-client';
import { SessionCache } from '../session/session-cache';
import { followSessionError } from '../session/session-errors';
import { ThemeService } from '../theme/theme.service';

/**
 * The app's one Apollo client and its one normalized cache, created the first time a page that
 * uses Apollo opens. Every route environment that provides Apollo (`provideGraphql()`, one per
 * lazily loaded group of pages: see `withApollo`) hands out this same instance, so the pages
 * share the cache as if Apollo were provided once for the whole app.
 *
 * Same-origin POSTs to `/graphql` (the session is an httpOnly cookie, nothing to attach); the
 * session rule of every answer is `followSessionError` (UNAUTHENTICATED: to /login, the cache
 * dropped; SECOND_FACTOR_REQUIRED: to enrolment). Every mutation is announced to
 * `GraphqlClient.changes` once answered, so the shell, which reads without Apollo, reads again
 * what a page may have changed. Login and sign-up, which load no Apollo, clear its store through
 * `SessionCache`, registered here.
 */
@Injectable({ providedIn: 'root' })
export class SharedApollo {
  readonly apollo = new Apollo(inject(NgZone));

  constructor() {
    const router = inject(Router);
    const graphql = inject(GraphqlClient);
    const sessionCache = inject(SessionCache);
    const sessionErrors = new ErrorLink(({ error }) => followSessionError(error, router, () => sessionCache.clear()));
    const announceMutations = new ApolloLink((operation, forward) => {
      const result = forward(operation);
      return operation.operationType === OperationTypeNode.MUTATION ? result.pipe(tap({ complete: () => graphql.announceChange() })) : result;
    });
    this.apollo.create({
      link: ApolloLink.from([sessionErrors, announceMutations, new HttpLink({ uri: '/graphql', credentials: 'same-origin' })]),
      cache: new InMemoryCache(),
    });
    // Never taken off: the client lives as long as the app.
    sessionCache.register(() => this.apollo.client.clearStore());
  }
}

/**
 * Apollo for a group of pages, in a lazy route's `providers` (never the app config, and not the
 * shell's: the shell and the dashboard use `GraphqlClient`), so Apollo Client and graphql-js load
 * with the first page that needs them. Services built on Apollo (ThemeService) are provided beside it.
 */
export function provideGraphql(): EnvironmentProviders {
  return makeEnvironmentProviders([ThemeService, { provide: Apollo, useFactory: () => inject(SharedApollo).apollo }]);
}

/** An injector that reaches the shared Apollo client, under `parent` (a dialog opened from a page without it). */
export function injectorWithApollo(parent: Injector): Injector {
  return Injector.create({ providers: [{ provide: Apollo, useValue: parent.get(SharedApollo).apollo }], parent });
}
