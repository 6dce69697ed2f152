import { ApplicationConfig, provideBrowserGlobalErrorListeners, provideZonelessChangeDetection } from '@angular/core';
import { PRODUCT_VERSION } from '@manager/web-compliance/footer';
import { provideSignedOutIcons } from '@manager/web-ui/icons';
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
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    { provide: PRODUCT_VERSION, useValue: version },
    // The icon element and the few icons of the signed-out pages (the login screen's among them),
    // registered at the root so that they come with the initial chunk, not as a chunk of their
    // own; the signed-in pages add the app's whole set (`provideAppIcons`).
    provideSignedOutIcons(),
  ],
};
