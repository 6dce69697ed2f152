import { ChangeDetectionStrategy, Component, DestroyRef, Injector, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { MatAnchor, MatButton, MatIconButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIcon } from '@angular/material/icon';
import { MatMenu, MatMenuItem, MatMenuTrigger } from '@angular/material/menu';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { MembershipRole, PARTNERSHIP_ACCESS_LABELS } from '@manager/domain';
import {
  CancelPartnerInvitationDocument,
  OrganizationPartnershipsDocument,
  PartnershipRowFragment,
  ResendPartnerInvitationDocument,
  apiError,
} from '@manager/web-data-access';
import { ConfirmDialog, ConfirmDialogData, EmptyState, LocalDatePipe, PageHeader } from '@manager/web-ui';
import { Apollo } from 'apollo-angular';
import { Subscription, firstValueFrom } from 'rxjs';
import { EndPartnershipDialog, EndPartnershipDialogData } from '../shared/end-partnership-dialog';
import { BILLING_OWNER_LABELS, canManagePartners, canReadPartnerships } from '../shared/partner-access';
import { StatusChip } from '../shared/status-chip';

const HIDDEN = new Set(['NOT_FOUND', 'BAD_USER_INPUT']);
const UNREACHABLE = 'The Manager cannot be reached right now. Try again in a moment.';

/** Client side: the partners this organization works with, and the invitations not yet answered. */
@Component({
  selector: 'mgr-partners-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatAnchor, MatButton, MatIconButton, MatIcon, MatMenu, MatMenuItem, MatMenuTrigger, MatProgressBar, EmptyState, PageHeader, LocalDatePipe, StatusChip],
  templateUrl: './partners.page.html',
  styleUrl: './partners.page.scss',
})
export class PartnersPage {
  private readonly apollo = inject(Apollo);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly title = inject(Title);
  private readonly injector = inject(Injector);

  readonly orgId = input.required<string>();

  protected readonly status = signal<'loading' | 'ready' | 'not-found' | 'forbidden' | 'error'>('loading');
  protected readonly organizationName = signal('');
  protected readonly viewerRole = signal<MembershipRole | null>(null);
  protected readonly partnerships = signal<PartnershipRowFragment[]>([]);
  protected readonly busyId = signal<string | null>(null);
  protected readonly canManage = computed(() => canManagePartners(this.viewerRole()));
  protected readonly active = computed(() => this.partnerships().filter((p) => p.status === 'ACTIVE'));
  protected readonly pending = computed(() => this.partnerships().filter((p) => p.status === 'PENDING'));
  protected readonly accessLabels = PARTNERSHIP_ACCESS_LABELS;
  protected readonly billingLabels = BILLING_OWNER_LABELS;

  private request?: Subscription;

  constructor() {
    effect(() => {
      const id = this.orgId();
      untracked(() => this.load(id));
    });
    inject(DestroyRef).onDestroy(() => this.request?.unsubscribe());
  }

  protected retry(): void {
    this.load(this.orgId());
  }

  protected async resend(p: PartnershipRowFragment): Promise<void> {
    await this.run(p, async () => {
      await firstValueFrom(this.apollo.mutate({ mutation: ResendPartnerInvitationDocument, variables: { input: { partnershipId: p.id } } }));
      this.snackBar.open(`A new invitation was sent to ${p.partnerName}.`, undefined, { duration: 4000 });
    });
  }

  protected async remove(p: PartnershipRowFragment): Promise<void> {
    const mine = p.initiatedBy === 'CLIENT';
    const confirmed = await this.confirm({
      title: mine ? `Delete the invitation to ${p.partnerName}?` : `Refuse the request of ${p.partnerName}?`,
      message: mine
        ? 'The link in the email stops working. You can invite this partner again later.'
        : 'The partner gets no access. It can ask again later.',
      confirmLabel: mine ? 'Delete' : 'Refuse',
      destructive: true,
    });
    if (!confirmed) return;
    await this.run(p, async () => {
      await firstValueFrom(this.apollo.mutate({ mutation: CancelPartnerInvitationDocument, variables: { input: { partnershipId: p.id } } }));
      this.partnerships.update((list) => list.filter((x) => x.id !== p.id));
      this.snackBar.open(mine ? 'Invitation deleted.' : 'Request refused.', undefined, { duration: 4000 });
    });
  }

  protected async end(p: PartnershipRowFragment): Promise<void> {
    const ended = await firstValueFrom(
      this.dialog
        .open<EndPartnershipDialog, EndPartnershipDialogData, boolean>(EndPartnershipDialog, {
          data: { partnershipId: p.id, otherName: p.partnerName, side: 'CLIENT' },
          injector: this.injector,
          width: '480px',
        })
        .afterClosed(),
    );
    if (!ended) return;
    this.partnerships.update((list) => list.filter((x) => x.id !== p.id));
    this.snackBar.open(`The partnership with ${p.partnerName} has ended.`, undefined, { duration: 5000 });
  }

  private async run(p: PartnershipRowFragment, action: () => Promise<void>): Promise<void> {
    this.busyId.set(p.id);
    try {
      await action();
    } catch (e) {
      this.snackBar.open(apiError(e)?.message ?? UNREACHABLE, 'Close', { duration: 8000 });
    } finally {
      this.busyId.set(null);
    }
  }

  private confirm(data: ConfirmDialogData): Promise<boolean | undefined> {
    return firstValueFrom(
      this.dialog.open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, { data, injector: this.injector }).afterClosed(),
    );
  }

  private load(id: string): void {
    this.request?.unsubscribe();
    this.status.set('loading');
    this.request = this.apollo
      .query({ query: OrganizationPartnershipsDocument, variables: { id }, fetchPolicy: 'network-only' })
      .subscribe({
        next: (result) => {
          const organization = result.data?.organization;
          if (!organization) return this.status.set('error');
          this.organizationName.set(organization.name);
          this.viewerRole.set(organization.viewerRole ?? null);
          this.title.setTitle(`Partners · ${organization.name} · Manager`);
          if (!canReadPartnerships(organization.viewerRole)) return this.status.set('forbidden');
          this.partnerships.set(organization.partnerships);
          this.status.set('ready');
        },
        error: (e: unknown) => {
          const code = apiError(e)?.code;
          this.status.set(code && HIDDEN.has(code) ? 'not-found' : 'error');
        },
      });
  }
}
