import { ChangeDetectionStrategy, Component, DestroyRef, ViewContainerRef, inject, signal, viewChild } from '@angular/core';
import { NavigationEnd, NavigationError, Router, RouterOutlet } from '@angular/router';
import { CookieConsentStore, SiteFooter } from '@manager/web-compliance/footer';
import { filter, take } from 'rxjs';

/** The pages without the signed-in frame: no frame-shaped skeleton before them. */
const SIGNED_OUT_PAGES = /^\/(login|change-user|forgot-password|signup|reset-password|terms|privacy|browsers|verify|invitations|partners\/invitations)(\/|\?|$)/;

/** Every page, then the footer (signed in or not: login, sign-up and the public pages included). */
@Component({
  selector: 'app-root',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterOutlet, SiteFooter],
  template: `
    <ng-container #skeleton />
    <router-outlet />
    <mgr-site-footer />
  `,
})
export class App {
  /** Until the first navigation settles (the session check of a deep link, the page's code): the frame's skeleton. */
  protected readonly starting = signal(!SIGNED_OUT_PAGES.test(location.pathname));
  private readonly skeletonSlot = viewChild.required('skeleton', { read: ViewContainerRef });

  constructor() {
    if (this.starting()) void this.showSkeleton();
    const firstNavigation = inject(Router)
      .events.pipe(
        // Not on a cancel: a redirect (to /login) cancels the first navigation and starts the next.
        filter((e) => e instanceof NavigationEnd || e instanceof NavigationError),
        take(1),
      )
      .subscribe(() => {
        this.starting.set(false);
        this.skeletonSlot().clear();
      });
    inject(DestroyRef).onDestroy(() => firstNavigation.unsubscribe());
    // A browser that sends Global Privacy Control has refused the optional cookies: recorded once.
    void inject(CookieConsentStore).honourGlobalPrivacyControl().catch(() => undefined);
  }

  /**
   * The skeleton's code loads only when it will show (a signed-in page's deep link): the
   * signed-out pages, the login screen first, do not carry it. Its small chunk arrives long
   * before the session check and the page's code it stands in for.
   */
  private async showSkeleton(): Promise<void> {
    try {
      const { ShellSkeleton } = await import('./shell-skeleton');
      if (this.starting()) this.skeletonSlot().createComponent(ShellSkeleton);
    } catch {
      // No skeleton: the page itself still comes.
    }
  }
}
