import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { Router } from '@angular/router';
import { type AccountSecurityQuery, EndOtherSessionsDocument, EndSessionDocument, apiError } from '@manager/web-data-access';
import { LocalDatePipe, RelativeTimePipe } from '@manager/web-ui';
import { Icon } from '@manager/web-ui/icons';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { UNREACHABLE } from '../unreachable';

type Security = AccountSecurityQuery['accountSecurity'];

/**
 * Where the account is logged in: device and browser, approximate place (only the network of
 * the address), since when, last active; this one marked. Logging one out, or all others, takes
 * effect on that device's next request. Then the security activity.
 */
@Component({
  selector: 'mgr-sessions-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, Icon, LocalDatePipe, RelativeTimePipe],
  template: `
    <section class="card" aria-labelledby="sessions-heading">
      <h2 id="sessions-heading" i18n="@@auth.sessions.heading">Where you are logged in</h2>
      <p class="intro" i18n="@@auth.sessions.intro">Log out any device you do not recognise, then change your password.</p>
      <ul class="rows" data-testid="sessions">
        @for (session of security().sessions; track session.id) {
          <li class="row" data-testid="session-row">
            <mat-icon [svgIcon]="session.current ? 'verified' : 'dashboard'" aria-hidden="true" />
            <div class="what">
              <span class="name">
                <span class="device">{{ session.device }}</span>
                @if (session.current) {
                  <span class="badge" data-testid="this-session" i18n="@@auth.sessions.thisDevice">This device</span>
                }
              </span>
              <span class="meta" i18n="@@auth.sessions.meta">
                {{ session.place ?? unknownNetwork }} · logged in {{ session.createdAt | localDate }} · active
                {{ session.lastActiveAt | relativeTime }}
              </span>
            </div>
            <button mat-button type="button" (click)="end(session.id, session.current)" [disabled]="busy()" i18n="@@auth.sessions.logOut">Log out</button>
          </li>
        }
      </ul>
      @if (security().sessions.length > 1) {
        <div class="actions">
          <button mat-stroked-button type="button" (click)="endOthers()" [disabled]="busy()" data-testid="end-other-sessions" i18n="@@auth.sessions.logOutOthers">Log out all other devices</button>
        </div>
      }
      @if (error(); as text) {
        <p class="error" role="alert">{{ text }}</p>
      }
    </section>

    <section class="card" aria-labelledby="activity-heading">
      <h2 id="activity-heading" i18n="@@auth.activity.heading">Security activity</h2>
      @if (security().activity.length) {
        <ul class="rows" data-testid="security-activity">
          @for (event of security().activity; track event.id) {
            <li class="row">
              <mat-icon svgIcon="history" aria-hidden="true" />
              <div class="what">
                <span class="name">{{ event.summary }}</span>
                <span class="meta">{{ event.occurredAt | localDate: 'time' }}</span>
              </div>
            </li>
          }
        </ul>
      } @else {
        <p class="meta" i18n="@@auth.activity.empty">Nothing yet: passkeys, authenticator apps, recovery codes and logged-out devices will show here.</p>
      }
    </section>
  `,
  styleUrl: './security-cards.scss',
  styles: `
    :host {
      display: contents;
    }
  `,
})
export class SessionsCard {
  private readonly apollo = inject(Apollo);
  private readonly router = inject(Router);
  readonly security = input.required<Security>();
  readonly changed = output<void>();
  protected readonly unknownNetwork = $localize`:@@auth.sessions.unknownNetwork:Unknown network`;
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);

  protected async end(sessionId: string, current: boolean): Promise<void> {
    const ok = await this.run(() => firstValueFrom(this.apollo.mutate({ mutation: EndSessionDocument, variables: { input: { sessionId } } })));
    if (ok && current) window.location.assign('/login');
  }

  protected async endOthers(): Promise<void> {
    await this.run(() => firstValueFrom(this.apollo.mutate({ mutation: EndOtherSessionsDocument })));
  }

  private async run(work: () => Promise<unknown>): Promise<boolean> {
    this.busy.set(true);
    this.error.set(null);
    try {
      await work();
      this.changed.emit();
      return true;
    } catch (e) {
      this.error.set(apiError(e)?.message ?? UNREACHABLE);
      return false;
    } finally {
      this.busy.set(false);
    }
  }
}
