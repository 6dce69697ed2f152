import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatAnchor } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { PartnershipInvitationDocument, ThemeService, pageQuery } from '@manager/web-data-access';
import { DISPLAY_LOCALE, LocalDatePipe, PageStateView, PublicPage } from '@manager/web-ui';
import { Icon } from '@manager/web-ui/icons';
import { Apollo } from 'apollo-angular';
import { map } from 'rxjs';
import { ACCESS_LABELS, BILLING_OWNER_EXPLANATIONS_FOR_PARTNER, BILLING_OWNER_LABELS } from '../shared/partner-labels';

/**
 * A partnership invitation link opened signed out: who invites whom to what, as the member
 * invitation page shows it, then "Log in to answer", which comes back to the same link (the
 * shell's page, where the partner accepts or refuses).
 */
@Component({
  selector: 'mgr-partnership-invitation-preview-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatAnchor, Icon, PublicPage, PageStateView, LocalDatePipe],
  template: `
    <mgr-public-page heading="Partnership invitation" i18n-heading="@@partners.invitation.heading">
      <mgr-page-state
        [page]="page"
        loading="Loading the invitation"
        i18n-loading="@@partners.invitation.loading"
        failure="The invitation could not be loaded."
        i18n-failure="@@partners.invitation.failure"
        [inline]="true"
      >
        <ng-container ngProjectAs="[pageNotFound]">
          <div class="notice" role="alert" data-testid="partnership-invitation-invalid">
            <mat-icon svgIcon="error" aria-hidden="true" />
            <div>
              <p class="strong" i18n="@@partners.invitation.invalid.strong">This invitation link no longer works.</p>
              <p i18n="@@partners.invitation.invalid.message">It may have expired, been answered already, or been replaced by a newer email. Ask the client to send the invitation again.</p>
            </div>
          </div>
          <a mat-stroked-button routerLink="/login" i18n="@@partners.invitation.goToLogIn">Go to log in</a>
        </ng-container>
      </mgr-page-state>
      @if (page.data(); as p) {
        <div class="invitation" data-testid="partnership-invitation-preview">
          <p class="lead" i18n="@@partners.invitation.previewLead">{p.access, select,
            COMPLETE {<strong>{{ p.clientName }}</strong> invites <strong>{{ p.partnerName }}</strong> to manage its whole organization.}
            other {<strong>{{ p.clientName }}</strong> invites <strong>{{ p.partnerName }}</strong> to manage some of its products.}
          }</p>
          <dl class="facts">
            <div>
              <dt i18n="@@partners.partnership.access">Access</dt>
              <dd>{{ accessLabels[p.access] }}</dd>
            </div>
            @if (p.billingOwner) {
              <div>
                <dt i18n="@@partners.partnership.paymentMethod">Payment method</dt>
                <dd data-testid="invitation-payment-method">
                  {{ billingLabels[p.billingOwner] }}
                  <span class="muted">{{ billingExplanations[p.billingOwner] }}</span>
                </dd>
              </div>
            }
            @if (p.productNames.length) {
              <div>
                <dt i18n="@@partners.partnership.products">Products</dt>
                <dd>{{ productList(p.productNames) }}</dd>
              </div>
            }
          </dl>
          <p class="meta" i18n="@@partners.invitation.answerBeforeDate">Answer before {{ p.expiresAt | localDate: 'time' }}</p>
        </div>
        <p class="hint" i18n="@@partners.invitation.logInHint">Log in with your account at {{ p.partnerName }} to accept or refuse.</p>
        <a mat-flat-button class="submit" routerLink="/login" [queryParams]="{ returnUrl: returnUrl() }" data-testid="partnership-invitation-log-in" i18n="@@partners.invitation.logIn">Log in to answer</a>
      }
    </mgr-public-page>
  `,
  styles: `
    .invitation {
      margin-block-end: 20px;
      padding: 16px;
      border-radius: var(--mat-sys-corner-large);
      background: var(--mat-sys-surface-container-high);
    }
    .lead {
      margin: 0 0 12px;
      font: var(--mat-sys-body-large);
    }
    .facts {
      display: grid;
      gap: 12px;
      margin: 0 0 12px;
    }
    dt {
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    dd {
      margin: 0;
      font: var(--mat-sys-body-medium);
    }
    .muted {
      display: block;
      margin-block-start: 2px;
      color: var(--mat-sys-on-surface-variant);
    }
    .meta {
      margin: 0;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .hint {
      margin: 0 0 12px;
      color: var(--mat-sys-on-surface-variant);
    }
    .submit {
      inline-size: 100%;
      block-size: 44px;
    }
    .notice {
      display: flex;
      gap: 12px;
      margin-block-end: 16px;
    }
    .notice mat-icon {
      flex: none;
      color: var(--mat-sys-error);
    }
    .notice p {
      margin: 0 0 4px;
    }
    .notice .strong {
      font: var(--mat-sys-title-medium);
    }
  `,
})
export class PartnershipInvitationPreviewPage {
  private readonly apollo = inject(Apollo);
  private readonly locale = inject(DISPLAY_LOCALE);

  readonly token = input<string>('');
  readonly answer = input<string>('');

  protected readonly page = pageQuery({
    key: () => this.token(),
    fetch: (token) =>
      this.apollo
        .query({ query: PartnershipInvitationDocument, variables: { token }, fetchPolicy: 'network-only' })
        .pipe(map((r) => r.data?.partnershipInvitation)),
  });
  protected readonly accessLabels = ACCESS_LABELS;
  protected readonly billingLabels = BILLING_OWNER_LABELS;
  /** The partner reads this page: each payment method as it concerns the partner. */
  protected readonly billingExplanations = BILLING_OWNER_EXPLANATIONS_FOR_PARTNER;
  /** Back to this very link once logged in (with the email's "Refuse" choice, if that was the link). */
  protected readonly returnUrl = computed(() => {
    const params = new URLSearchParams({ token: this.token() });
    if (this.answer()) params.set('answer', this.answer());
    return `/partners/invitations?${params.toString()}`;
  });

  /** The product names as a list in the reader's language ("a, b and c"). */
  protected productList(names: readonly string[]): string {
    return new Intl.ListFormat(this.locale, { style: 'long', type: 'conjunction' }).format(names);
  }

  constructor() {
    inject(ThemeService).followSystem();
  }
}
