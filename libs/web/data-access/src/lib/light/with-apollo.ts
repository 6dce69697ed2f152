import type { Injector } from '@angular/core';
import type { Routes } from '@angular/router';

/**
 * A group of routes whose pages use Apollo, for `loadChildren`: Apollo's setup loads with the
 * pages' code (in parallel) and is provided to them, the same client for every group
 * (`SharedApollo`). The shell and the dashboard, which read with `GraphqlClient`, stay outside.
 *
 * @example { path: 'org/:orgId/members', loadChildren: withApollo(() => import('@manager/web-members').then((m) => m.membersRoutes)) }
 */
export function withApollo(load: () => Promise<Routes>): () => Promise<Routes> {
  return async () => {
    const [{ provideGraphql }, children] = await Promise.all([import('../apollo/provide-graphql'), load()]);
    return [{ path: '', providers: [provideGraphql()], children }];
  };
}

/**
 * An injector that reaches the app's Apollo client, loading it first: for a dialog built on
 * Apollo opened from a page that has none (the dashboard's order dialog).
 */
export async function loadInjectorWithApollo(parent: Injector): Promise<Injector> {
  const { injectorWithApollo } = await import('../apollo/provide-graphql');
  return injectorWithApollo(parent);
}
