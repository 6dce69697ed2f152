import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterOutlet } from '@angular/router';
import { CookieConsentStore, SiteFooter } from '@manager/web-compliance/footer';

/** Every page, then the footer (signed in or not: login, sign-up and the public pages included). */
@Component({
  selector: 'app-root',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterOutlet, SiteFooter],
  template: `<router-outlet /><mgr-site-footer />`,
})
export class App {
  constructor() {
    // A browser that sends Global Privacy Control has refused the optional cookies: recorded once.
    void inject(CookieConsentStore).honourGlobalPrivacyControl().catch(() => undefined);
  }
}
