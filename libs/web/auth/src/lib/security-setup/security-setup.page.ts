import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { Router } from '@angular/router';
import { AccountSecurityDocument, LogoutDocument, SessionCache, apiError, fetchSessionState } from '@manager/web-data-access';
import { Icon } from '@manager/web-ui/icons';
import { Apollo, onlyCompleteData } from 'apollo-angular';
import { catchError, EMPTY, firstValueFrom, map } from 'rxjs';
import { SecondFactorsCard } from '../account-security/second-factors-card';

/**
 * The forced enrolment screen: an organization of the person requires two-step verification and
 * this session has none, so the API opens nothing else (SECOND_FACTOR_REQUIRED) and the guard
 * sends them here. Adding a passkey or an authenticator app lets them on, once they have seen
 * their recovery codes.
 */
@Component({
  selector: 'mgr-security-setup-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, Icon, SecondFactorsCard],
  template: `
    <main class="setup">
      <header>
        <mat-icon svgIcon="lock" aria-hidden="true" />
        <h1 i18n="@@auth.securitySetup.heading">Set up two-step verification</h1>
        <p i18n="@@auth.securitySetup.intro">
          An organization you belong to requires it. Add a passkey or an authenticator app: after that, you log in with
          your password and the second step.
        </p>
      </header>
      @if (security(); as current) {
        <mgr-second-factors-card [security]="current" [enrolOnly]="true" (changed)="reload()" />
        @if (!held()) {
          <div class="done" role="status">
            <p data-testid="setup-done" i18n="@@auth.securitySetup.done">Two-step verification is on.</p>
            <button mat-flat-button type="button" (click)="continue()" data-testid="setup-continue" i18n="@@auth.securitySetup.continue">Continue to the Manager</button>
          </div>
        }
      }
      <button mat-button type="button" class="logout" (click)="logout()" i18n="@@auth.securitySetup.logOut">Log out</button>
    </main>
  `,
  styles: `
    .setup {
      display: flex;
      flex-direction: column;
      gap: 16px;
      max-inline-size: 720px;
      margin: 0 auto;
      padding: 32px 16px;
      color: var(--mat-sys-on-surface);
    }
    header mat-icon {
      inline-size: 40px;
      block-size: 40px;
      color: var(--mat-sys-primary);
    }
    h1 {
      margin: 8px 0;
      font: var(--mat-sys-headline-small);
    }
    header p {
      margin: 0;
      font: var(--mat-sys-body-large);
      color: var(--mat-sys-on-surface-variant);
    }
    .done {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 12px;
      padding: 16px 24px;
      border-radius: var(--mat-sys-corner-large);
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
      p {
        margin: 0;
        font: var(--mat-sys-title-medium);
      }
    }
    .logout {
      align-self: center;
    }
  `,
})
export class SecuritySetupPage {
  private readonly apollo = inject(Apollo);
  private readonly router = inject(Router);
  private readonly sessionCache = inject(SessionCache);
  private readonly query = this.apollo.watchQuery({ query: AccountSecurityDocument, fetchPolicy: 'network-only' });
  protected readonly error = signal<string | null>(null);
  /** Whether this session is still held at enrolment (the API's word, asked after each change). */
  protected readonly held = signal(true);
  protected readonly security = toSignal(
    this.query.valueChanges.pipe(
      onlyCompleteData(),
      map((result) => result.data.accountSecurity),
      catchError((e) => {
        // Nobody signed in (or the session ended): the login screen.
        if (apiError(e)?.code === 'UNAUTHENTICATED') void this.router.navigateByUrl('/login');
        return EMPTY;
      }),
    ),
  );

  protected reload(): void {
    void this.query.refetch();
    void fetchSessionState()
      .then((session) => this.held.set(session?.secondFactorRequired ?? true))
      .catch(() => undefined);
  }

  protected async continue(): Promise<void> {
    await this.sessionCache.clear();
    await this.router.navigateByUrl('/');
  }

  protected async logout(): Promise<void> {
    await firstValueFrom(this.apollo.mutate({ mutation: LogoutDocument })).catch(() => undefined);
    await this.sessionCache.clear();
    window.location.assign('/login');
  }
}
