import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet, { type HelmetOptions } from 'helmet';
import { inlineScriptSources } from './inline-scripts';

/** Helmet's options for every response: the SPA's CSP and helmet's defaults for the rest. */
export function securityHeaderOptions(webRoot: string): HelmetOptions {
  return {
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        // Angular inserts component styles at run time; scripts stay 'self' plus the browser
        // check inlined in index.html, by its hash.
        'script-src': ["'self'", ...inlineScriptSources(webRoot)],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:'],
        'font-src': ["'self'", 'data:'],
        'connect-src': ["'self'"],
        // Upgrading would break plain-HTTP installs (localhost); HTTPS deployments get HSTS.
        'upgrade-insecure-requests': null,
      },
    },
  };
}

export type HeaderList = readonly (readonly [name: string, value: string])[];

/**
 * The headers helmet sets, computed once: with these options helmet writes the same headers on
 * every response (nothing depends on the request), so the GraphQL lane copies them instead of
 * running helmet's dozen middlewares per request. Helmet itself produces them, so an upgrade
 * or an option changed here changes both lanes alike.
 */
export function precomputedSecurityHeaders(options: HelmetOptions): HeaderList {
  const headers: [string, string][] = [];
  const recorder = {
    setHeader(name: string, value: string | number | readonly string[]) {
      headers.push([name, String(value)]);
    },
    removeHeader() {
      // X-Powered-By: the lane never sets it.
    },
  };
  let done = false;
  helmet(options)({} as IncomingMessage, recorder as unknown as ServerResponse, (error?: unknown) => {
    if (error) throw error;
    done = true;
  });
  // Helmet answers synchronously; a future version that does not would leave the lane without headers.
  if (!done) throw new Error('helmet did not set its headers synchronously');
  return headers;
}
