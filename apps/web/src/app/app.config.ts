import { ApplicationConfig, provideBrowserGlobalErrorListeners, provideZonelessChangeDetection } from '@angular/core';
import { PRODUCT_VERSION } from '@manager/web-compliance/footer';
// The root package.json is the product version's one source; only `version` is bundled (esbuild
// keeps the named fields of a JSON import that are used).
// eslint-disable-next-line @nx/enforce-module-boundaries
import { version } from '../../../../package.json';

/**
 * Only what the first paint needs, in the initial chunk with main.ts (no `$localize` at the top
 * level here: see main.ts). The router is provided by main.ts with `appRoutes`, which load
 * after the translations. The GraphQL client (Apollo + graphql-js) is provided by
 * the lazy parent route in `api.routes.ts`, so it never weighs on the first screens.
 */
export const appConfig: ApplicationConfig = {
  providers: [provideBrowserGlobalErrorListeners(), provideZonelessChangeDetection(), { provide: PRODUCT_VERSION, useValue: version }],
};
