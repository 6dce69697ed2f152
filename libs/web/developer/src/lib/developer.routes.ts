import { Route } from '@angular/router';

// Pages load with `loadComponent`: the partners page imports this library (its "API access"
// section), and the token pages must stay out of that chunk until they are opened.

/** Mounted at `/org/:orgId/api-tokens` in the signed-in shell (the link of the token emails). */
export const apiTokensRoutes: Route[] = [
  {
    path: '',
    children: [
      { path: '', loadComponent: () => import('./api-tokens/api-tokens.page').then((m) => m.ApiTokensPage), title: $localize`:@@developer.apiTokens.routeTitle:API tokens · Manager` },
      {
        path: 'new',
        loadComponent: () => import('./api-tokens/new-api-token.page').then((m) => m.NewApiTokenPage),
        title: $localize`:@@developer.newToken.routeTitle:Create an API token · Manager`,
      },
    ],
  },
];
