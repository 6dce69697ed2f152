import { ChangeDetectionStrategy, Component, InjectionToken, Injector, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';

/** The product's version, from the root package.json at build time (provided by the app). */
export const PRODUCT_VERSION = new InjectionToken<string>('PRODUCT_VERSION');

/**
 * The footer of every page, signed in or not (the app renders it under every route): the
 * privacy statement, the terms of use, the cookie preferences, the supported browsers, the
 * accessibility statement and the product version. The cookie dialog's code (and Material's dialog) loads on the first click.
 */
@Component({
  selector: 'mgr-site-footer',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink],
  template: `
    <footer class="site-footer" data-testid="site-footer">
      <nav aria-label="About the Manager" i18n-aria-label="@@compliance.footer.navLabel">
        <ul>
          <li><a routerLink="/privacy" i18n="@@compliance.footer.privacy">Privacy statement</a></li>
          <li><a routerLink="/terms" i18n="@@compliance.footer.terms">Terms of use</a></li>
          <li>
            <button type="button" class="link" (click)="openCookies()" [attr.aria-busy]="opening() || null" data-testid="footer-cookie-preferences" i18n="@@compliance.footer.cookiePreferences">
              Cookie preferences
            </button>
          </li>
          <li><a routerLink="/browsers" i18n="@@compliance.footer.browsers">Supported browsers</a></li>
          <li><a routerLink="/accessibility" i18n="@@compliance.footer.accessibility">Accessibility</a></li>
        </ul>
      </nav>
      <p class="version">Manager {{ version }}</p>
    </footer>
  `,
  styles: `
    .site-footer {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 8px 24px;
      padding: 16px 24px;
      border-block-start: 1px solid var(--mat-sys-outline-variant);
      background: var(--mat-sys-surface-container-low);
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    ul {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 4px 20px;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    li {
      display: flex;
    }
    a,
    .link {
      display: block;
      padding: 4px 0;
      line-height: 20px;
      border: 0;
      background: none;
      color: var(--mat-sys-primary);
      font: inherit;
      text-decoration: underline;
      text-underline-offset: 2px;
      cursor: pointer;
    }
    a:focus-visible,
    .link:focus-visible {
      outline: 2px solid var(--mat-sys-primary);
      outline-offset: 2px;
      border-radius: 2px;
    }
    .version {
      margin: 0;
    }
  `,
})
export class SiteFooter {
  protected readonly version = inject(PRODUCT_VERSION, { optional: true }) ?? $localize`:@@compliance.footer.developmentVersion:development`;
  private readonly injector = inject(Injector);
  protected readonly opening = signal(false);

  protected async openCookies(): Promise<void> {
    this.opening.set(true);
    try {
      const { openCookiePreferences } = await import('../consent/cookie-preferences.dialog');
      await openCookiePreferences(this.injector);
    } finally {
      this.opening.set(false);
    }
  }
}
