import { Route } from '@angular/router';

/**
 * The initial bundle holds Angular, the router and this file only. Every page sits under one lazy
 * parent (`api.routes.ts`) that provides the GraphQL client, so Apollo and graphql-js load with
 * the first page, in parallel with its own code; Material, forms and icons come with the pages
 * that use them.
 */
export const appRoutes: Route[] = [{ path: '', loadChildren: () => import('./api.routes').then((m) => m.apiRoutes) }];
