import { Injectable, inject } from '@angular/core';
import { Apollo } from 'apollo-angular';
import { Observable, map } from 'rxjs';
import {
  ThemePreference,
  UpdateThemePreferenceDocument,
  UpdateThemePreferenceMutation,
} from '../generated/graphql';
import { ColorScheme } from './color-scheme';

/**
 * The account's colour scheme: applied through `ColorScheme` (the DOM only), saved on the account
 * through Apollo.
 *
 * Provided by `provideGraphql()` beside Apollo (which it saves through), so it lives in the lazy
 * environment of the pages, not in the initial bundle.
 */
@Injectable()
export class ThemeService {
  private readonly scheme = inject(ColorScheme);
  private readonly apollo = inject(Apollo);

  /** Applies a preference to this page only. */
  apply(preference: ThemePreference): void {
    this.scheme.apply(preference);
  }

  /** Drops any override so the page follows the OS. */
  followSystem(): void {
    this.scheme.followSystem();
  }

  /**
   * Applies at once, then saves on the account so every device follows. With the user's id the
   * cached `me` changes optimistically too, so menus reflect the choice before the API answers.
   */
  save(preference: ThemePreference, userId?: string): Observable<ThemePreference> {
    this.apply(preference);
    return this.apollo
      .mutate({
        mutation: UpdateThemePreferenceDocument,
        variables: { input: { themePreference: preference } },
        optimisticResponse: userId
          ? // __typename lets the cache find User:<id>; the generated types omit it.
            ({
              updateThemePreference: {
                __typename: 'UpdateThemePreferencePayload',
                user: { __typename: 'User', id: userId, themePreference: preference },
              },
            } as UpdateThemePreferenceMutation)
          : undefined,
      })
      .pipe(map((result) => result.data?.updateThemePreference.user.themePreference ?? preference));
  }
}
