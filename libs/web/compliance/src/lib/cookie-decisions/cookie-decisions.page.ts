import { ChangeDetectionStrategy, Component, DestroyRef, Injector, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MyCookieConsentsDocument, type MyCookieConsentsQuery, pageQuery } from '@manager/web-data-access';
import { EmptyState, KeysetList, LoadMore, LocalDatePipe, PageHeader, PageStateView } from '@manager/web-ui';
import { Apollo } from 'apollo-angular';
import { map } from 'rxjs';
import { openCookiePreferences } from '../consent/cookie-preferences.dialog';

type Consents = MyCookieConsentsQuery['myCookieConsents'];
type Consent = Consents['edges'][number]['node'];

/** The signed-in person's cookie decisions, as recorded on the server (time, version, choices; no IP address). */
@Component({
  selector: 'mgr-cookie-decisions-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, PageHeader, PageStateView, EmptyState, LoadMore, LocalDatePipe],
  template: `
    <mgr-page-state
      [page]="page"
      loading="Loading your cookie decisions"
      i18n-loading="@@compliance.cookieDecisions.loading"
      failure="Your cookie decisions could not be loaded."
      i18n-failure="@@compliance.cookieDecisions.failure"
    />
    @if (page.data()) {
      <mgr-page-header
        heading="Privacy"
        i18n-heading="@@compliance.cookieDecisions.heading"
        description="Your cookie decisions, as recorded on your account: when, for which version, what. No IP address is kept."
        i18n-description="@@compliance.cookieDecisions.description"
      />
      <p><button mat-flat-button type="button" (click)="open()" data-testid="account-cookie-preferences" i18n="@@compliance.cookieDecisions.open">Cookie preferences</button></p>
      @if (consents.items().length === 0) {
        <mgr-empty-state
          icon="history"
          [headingLevel]="2"
          heading="No decision recorded"
          i18n-heading="@@compliance.cookieDecisions.empty.heading"
          message="A choice you make in Cookie preferences while signed in is listed here."
          i18n-message="@@compliance.cookieDecisions.empty.message"
        />
      } @else {
        <ol class="decisions" aria-label="Cookie decisions" i18n-aria-label="@@compliance.cookieDecisions.listLabel" data-testid="cookie-decisions">
          @for (consent of consents.items(); track consent.id) {
            <li data-testid="cookie-decision">
              <time [attr.datetime]="consent.decidedAt">{{ consent.decidedAt | localDate: 'time' }}</time>
              <!-- Each ICU is its element's whole message: a nested one would be extracted without our id. -->
              <span i18n="@@compliance.cookieDecisions.source"
                >{consent.source, select, GPC {Global Privacy Control (refused) · version {{ consent.version }}} other {Chosen in the dialog · version {{ consent.version }}}}</span
              >
              <span>
                @for (choice of consent.choices; track choice.category) {
                  <span i18n="@@compliance.cookieDecisions.choice"
                    >{choice.granted, select, true {{{ choice.category }}: on} other {{{ choice.category }}: off}}</span
                  >{{ $last ? '' : ', ' }}
                } @empty {
                  <span i18n="@@compliance.cookieDecisions.necessaryOnly">strictly necessary only</span>
                }
              </span>
            </li>
          }
        </ol>
        <mgr-load-more [list]="consents" />
      }
    }
  `,
  styles: `
    .decisions {
      margin: 0;
      padding: 0;
      list-style: none;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-large);
    }
    li {
      display: grid;
      grid-template-columns: 180px minmax(0, 1fr) minmax(0, 1fr);
      gap: 4px 16px;
      padding: 12px 16px;
      border-block-end: 1px solid var(--mat-sys-outline-variant);
    }
    li:last-child {
      border-block-end: 0;
    }
    @media (max-width: 720px) {
      li {
        grid-template-columns: minmax(0, 1fr);
      }
    }
  `,
})
export class CookieDecisionsPage {
  private readonly apollo = inject(Apollo);
  private readonly injector = inject(Injector);
  protected readonly consents = new KeysetList<Consent>({
    fetch: (after) => this.apollo.query({ query: MyCookieConsentsDocument, variables: { after }, fetchPolicy: 'network-only' }).pipe(map((r) => r.data?.myCookieConsents)),
  });
  protected readonly page = pageQuery({
    fetch: () => this.apollo.query({ query: MyCookieConsentsDocument, variables: {}, fetchPolicy: 'network-only' }).pipe(map((r) => r.data?.myCookieConsents)),
    title: () => $localize`:@@compliance.cookieDecisions.title:Privacy · Manager`,
    onData: (consents) => {
      this.consents.clear();
      this.consents.add(consents);
    },
  });

  constructor() {
    inject(DestroyRef).onDestroy(() => this.consents.destroy());
  }

  protected async open(): Promise<void> {
    await openCookiePreferences(this.injector);
    // The dialog records the decision; show it once it closes.
    setTimeout(() => this.page.refresh(), 1500);
  }
}
