import { DOCUMENT, Injectable, inject } from '@angular/core';
import type { ThemePreference } from '../generated/graphql';

/**
 * The colours live in CSS: `html { color-scheme: light dark }` and one `mat.theme()`, so AUTO
 * follows the OS live with no listener. A LIGHT/DARK override only pins `color-scheme` on the
 * root element; AUTO removes the pin.
 *
 * Nothing but the DOM, so the signed-out pages use it without loading the GraphQL client;
 * `ThemeService` adds saving the choice on the account.
 */
@Injectable({ providedIn: 'root' })
export class ColorScheme {
  private readonly document = inject(DOCUMENT);

  /** Applies a preference to this page only. */
  apply(preference: ThemePreference): void {
    const scheme = preference === 'LIGHT' ? 'light' : preference === 'DARK' ? 'dark' : '';
    this.document.documentElement.style.colorScheme = scheme;
  }

  /** Drops any override so the page follows the OS (signed-out pages). */
  followSystem(): void {
    this.apply('AUTO');
  }
}
