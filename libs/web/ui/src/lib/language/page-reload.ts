import { InjectionToken } from '@angular/core';

/**
 * How the page reloads in the new language (the translations load before bootstrap); replaced
 * in tests. A file of its own: the user menu needs it without the login screen's switch.
 */
export const PAGE_RELOAD = new InjectionToken<() => void>('PAGE_RELOAD', {
  providedIn: 'root',
  factory: () => () => globalThis.location.reload(),
});
