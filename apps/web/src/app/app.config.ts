import { ApplicationConfig, provideBrowserGlobalErrorListeners, provideZonelessChangeDetection } from '@angular/core';
import { PRODUCT_VERSION } from '@manager/web-compliance/footer';
// The root package.json is the product version's one source; only `version` is bundled (esbuild
// keeps the named fields of a JSON import that are used).
// eslint-disable-next-line @nx/enforce-module-boundaries
import { version } from '../../../../package.json';

/**
 * Only what the first paint needs. The router is provided by main.ts with `appRoutes` (it is
 * part of the initial chunk, see there). The GraphQL client (Apollo + graphql-js) is provided by
 * the lazy parent route in `api.routes.ts`, so it never weighs on the first screens.
 */
export const appConfig: ApplicationConfig = {
  providers: [provideBrowserGlobalErrorListeners(), provideZonelessChangeDetection(), { provide: PRODUCT_VERSION, useValue: version }],
};
