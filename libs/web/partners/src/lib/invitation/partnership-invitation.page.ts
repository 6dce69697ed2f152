import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatAnchor, MatButton } from '@angular/material/button';
import { Title } from '@angular/platform-browser';
import { Router, RouterLink } from '@angular/router';
import {
  AcceptPartnershipInvitationDocument,
  PartnershipInvitationDocument,
  RefusePartnershipInvitationDocument,
  apiError,
  pageQuery,
} from '@manager/web-data-access';
import { EmptyState, LocalDatePipe, PageStateView } from '@manager/web-ui';
import { Apollo } from 'apollo-angular';
import { firstValueFrom, map } from 'rxjs';
import { Icon } from '@manager/web-ui/icons';
import { ACCESS_LABELS, BILLING_OWNER_EXPLANATIONS_FOR_PARTNER, BILLING_OWNER_LABELS, unreachableMessage } from '../shared/partner-labels';

/**
 * The partner's answer to a client's invitation (`/partners/invitations?token=…` from the email;
 * `answer=refuse` when the email's "Refuse" link was used). Accepting opens the client's
 * dashboard; refusing, the partner's Clients tab.
 */
@Component({
  selector: 'mgr-partnership-invitation-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatAnchor, MatButton, Icon, EmptyState, PageStateView, LocalDatePipe],
  templateUrl: './partnership-invitation.page.html',
  styleUrl: './partnership-invitation.page.scss',
})
export class PartnershipInvitationPage {
  private readonly apollo = inject(Apollo);
  private readonly router = inject(Router);
  private readonly title = inject(Title);

  readonly token = input<string>('');
  readonly answer = input<string>('');

  protected readonly page = pageQuery({
    key: () => this.token(),
    fetch: (token) =>
      this.apollo
        .query({ query: PartnershipInvitationDocument, variables: { token }, fetchPolicy: 'network-only' })
        .pipe(map((r) => r.data?.partnershipInvitation)),
  });
  protected readonly saving = signal<'accept' | 'refuse' | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly refuseFirst = computed(() => this.answer() === 'refuse');
  protected readonly accessLabels = ACCESS_LABELS;
  protected readonly billingLabels = BILLING_OWNER_LABELS;
  /** The partner reads this page: each payment method as it concerns the partner. */
  protected readonly billingExplanations = BILLING_OWNER_EXPLANATIONS_FOR_PARTNER;

  constructor() {
    this.title.setTitle($localize`:@@partners.routes.invitation:Partnership invitation · Manager`);
  }

  protected async respond(kind: 'accept' | 'refuse'): Promise<void> {
    if (this.saving()) return;
    this.saving.set(kind);
    this.error.set(null);
    try {
      const input = { token: this.token() };
      if (kind === 'accept') {
        const r = await firstValueFrom(this.apollo.mutate({ mutation: AcceptPartnershipInvitationDocument, variables: { input } }));
        const p = r.data?.acceptPartnershipInvitation.partnership;
        // Memberships and the switcher's clients change: read them again.
        await this.apollo.client.refetchQueries({ include: ['Me', 'MyPartnerOrganizations', 'SwitcherClients'] }).catch(() => undefined);
        await this.router.navigate(p ? ['/org', p.clientOrganizationId] : ['/']);
      } else {
        const r = await firstValueFrom(this.apollo.mutate({ mutation: RefusePartnershipInvitationDocument, variables: { input } }));
        const p = r.data?.refusePartnershipInvitation.partnership;
        await this.router.navigate(p ? ['/org', p.partnerOrganizationId, 'clients'] : ['/']);
      }
    } catch (e) {
      const problem = apiError(e);
      if (problem?.extensions['field'] === 'token') {
        // The link stopped working meanwhile: asking again shows it no longer works.
        this.page.reload();
      } else {
        this.error.set(problem?.message ?? unreachableMessage());
      }
    } finally {
      this.saving.set(null);
    }
  }
}
