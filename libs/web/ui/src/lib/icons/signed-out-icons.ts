import { EnvironmentProviders } from '@angular/core';
import { IconPaths, provideIcons } from './icon';

/**
 * The icons of the signed-out pages (login, change user, forgot password; Material Icons paths,
 * Apache-2.0), part of the app's set too: those pages register these alone, so the first screen
 * does not carry the paths of every icon the signed-in pages draw.
 */
export const SIGNED_OUT_ICONS: IconPaths = {
  add: 'M19 13h-6v6h-2v-6H5v-2h6V5h2v6h6v2z',
  close:
    'M19 6.41 17.59 5 12 10.59 6.41 5 5 6.41 10.59 12 5 17.59 6.41 19 12 13.41 17.59 19 19 17.59 13.41 12z',
  error:
    'M11 15h2v2h-2zm0-8h2v6h-2zm.99-5C6.47 2 2 6.48 2 12s4.47 10 9.99 10C17.52 22 22 17.52 22 12S17.52 2 11.99 2zM12 20a8 8 0 1 1 0-16 8 8 0 0 1 0 16z',
  key: 'M12.65 10A5.99 5.99 0 0 0 7 6c-3.31 0-6 2.69-6 6s2.69 6 6 6a5.99 5.99 0 0 0 5.65-4H17v4h4v-4h2v-4H12.65zM7 14c-1.1 0-2-.9-2-2s.9-2 2-2 2 .9 2 2-.9 2-2 2z',
  mail: 'M20 4H4c-1.1 0-1.99.9-1.99 2L2 18c0 1.1.9 2 2 2h16c1.1 0 2-.9 2-2V6c0-1.1-.9-2-2-2zm0 4-8 5-8-5V6l8 5 8-5v2z',
};

/** Registers the signed-out pages' icons (idempotent; `provideAppIcons()` registers them too). */
export function provideSignedOutIcons(): EnvironmentProviders {
  return provideIcons(SIGNED_OUT_ICONS);
}
