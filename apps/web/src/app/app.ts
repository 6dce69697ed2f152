import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, NavigationError, Router, RouterOutlet } from '@angular/router';
import { CookieConsentStore, SiteFooter } from '@manager/web-compliance/footer';
import { filter, take } from 'rxjs';
import { ShellSkeleton } from './shell-skeleton';

/** The pages without the signed-in frame: no frame-shaped skeleton before them. */
const SIGNED_OUT_PAGES = /^\/(login|change-user|forgot-password|signup|reset-password|terms|privacy|browsers|verify|invitations|partners\/invitations)(\/|\?|$)/;

/** Every page, then the footer (signed in or not: login, sign-up and the public pages included). */
@Component({
  selector: 'app-root',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterOutlet, ShellSkeleton, SiteFooter],
  template: `
    @if (starting()) {
      <app-shell-skeleton />
    }
    <router-outlet />
    <mgr-site-footer />
  `,
})
export class App {
  /** Until the first navigation settles (the session check of a deep link, the page's code): the frame's skeleton. */
  protected readonly starting = signal(!SIGNED_OUT_PAGES.test(location.pathname));

  constructor() {
    inject(Router)
      .events.pipe(
        // Not on a cancel: a redirect (to /login) cancels the first navigation and starts the next.
        filter((e) => e instanceof NavigationEnd || e instanceof NavigationError),
        take(1),
        takeUntilDestroyed(),
      )
      .subscribe(() => this.starting.set(false));
    // A browser that sends Global Privacy Control has refused the optional cookies: recorded once.
    void inject(CookieConsentStore).honourGlobalPrivacyControl().catch(() => undefined);
  }
}
