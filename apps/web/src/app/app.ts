import { NgComponentOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, DestroyRef, Type, inject, signal } from '@angular/core';
import { NavigationEnd, NavigationError, Router, RouterOutlet } from '@angular/router';
import { CookieConsentStore, SiteFooter } from '@manager/web-compliance/footer';
import { filter, take } from 'rxjs';

/** The pages without the signed-in frame: no frame-shaped skeleton before them. */
const SIGNED_OUT_PAGES = /^\/(login|change-user|forgot-password|signup|reset-password|terms|privacy|browsers|verify|invitations|partners\/invitations)(\/|\?|$)/;

/** Every page, then the footer (signed in or not: login, sign-up and the public pages included). */
@Component({
  selector: 'app-root',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterOutlet, NgComponentOutlet, SiteFooter],
  template: `
    @if (starting() && skeleton(); as frame) {
      <ng-container *ngComponentOutlet="frame" />
    }
    <router-outlet />
    <mgr-site-footer />
  `,
})
export class App {
  /** Until the first navigation settles (the session check of a deep link, the page's code): the frame's skeleton. */
  protected readonly starting = signal(!SIGNED_OUT_PAGES.test(location.pathname));
  /**
   * The skeleton's component, loaded only when it will show (a signed-in page's deep link): the
   * signed-out pages, the login screen first, do not carry it. Its small chunk arrives long
   * before the session check and the page's code it stands in for.
   */
  protected readonly skeleton = signal<Type<unknown> | null>(null);

  constructor() {
    if (this.starting()) {
      void import('./shell-skeleton').then(
        ({ ShellSkeleton }) => this.skeleton.set(ShellSkeleton),
        () => undefined, // no skeleton: the page itself still comes
      );
    }
    const firstNavigation = inject(Router)
      .events.pipe(
        // Not on a cancel: a redirect (to /login) cancels the first navigation and starts the next.
        filter((e) => e instanceof NavigationEnd || e instanceof NavigationError),
        take(1),
      )
      .subscribe(() => this.starting.set(false));
    inject(DestroyRef).onDestroy(() => firstNavigation.unsubscribe());
    // A browser that sends Global Privacy Control has refused the optional cookies: recorded once.
    void inject(CookieConsentStore).honourGlobalPrivacyControl().catch(() => undefined);
  }
}
