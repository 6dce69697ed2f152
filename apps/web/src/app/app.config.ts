import { ApplicationConfig, provideBrowserGlobalErrorListeners, provideZonelessChangeDetection } from '@angular/core';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { PRODUCT_VERSION } from '@manager/web-compliance/footer';
// The root package.json is the product version's one source; only `version` is bundled (esbuild
// keeps the named fields of a JSON import that are used).
// eslint-disable-next-line @nx/enforce-module-boundaries
import { version } from '../../../../package.json';
import { appRoutes } from './app.routes';

/**
 * Only what the first paint needs. The GraphQL client (Apollo + graphql-js) is provided by the
 * lazy parent route in `api.routes.ts`, so it never weighs on the initial bundle.
 */
export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideRouter(appRoutes, withComponentInputBinding()),
    { provide: PRODUCT_VERSION, useValue: version },
  ],
};
