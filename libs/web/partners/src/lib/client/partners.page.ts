import { ChangeDetectionStrategy, Component, Injector, computed, inject, input, signal } from '@angular/core';
import { MatAnchor, MatButton, MatIconButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatMenu, MatMenuItem, MatMenuTrigger } from '@angular/material/menu';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { PartnerApiAccessSection } from '@manager/web-developer';
import {
  CancelPartnerInvitationDocument,
  OrganizationPartnershipsDocument,
  PartnershipRowFragment,
  ResendPartnerInvitationDocument,
  apiError,
  hasPermission,
  pageQuery,
} from '@manager/web-data-access';
import { EmptyState, LocalDatePipe, PageHeader, PageStateView, accessRefused } from '@manager/web-ui';
import { ConfirmDialog, ConfirmDialogData } from '@manager/web-ui/dialogs';
import { Apollo } from 'apollo-angular';
import { firstValueFrom, map } from 'rxjs';
import { Icon } from '@manager/web-ui/icons';
import { EndPartnershipDialog, EndPartnershipDialogData } from '../shared/end-partnership-dialog';
import { ACCESS_LABELS, BILLING_OWNER_LABELS, rowActionsLabel, unreachableMessage } from '../shared/partner-labels';
import { StatusChip } from '../shared/status-chip';

const NOT_FOR_YOUR_ROLE = accessRefused(
  'handshake',
  $localize`:@@partners.list.notForYourRole:The legal responsible and administrators manage the organization's partners.`,
);

/** Client side: the partners this organization works with, and the invitations not yet answered. */
@Component({
  selector: 'mgr-partners-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatAnchor, MatButton, MatIconButton, Icon, MatMenu, MatMenuItem, MatMenuTrigger, EmptyState, PageStateView, PageHeader, LocalDatePipe, StatusChip, PartnerApiAccessSection],
  templateUrl: './partners.page.html',
  styleUrl: './partners.page.scss',
})
export class PartnersPage {
  private readonly apollo = inject(Apollo);
  protected readonly rowActionsLabel = rowActionsLabel;
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly injector = inject(Injector);

  readonly orgId = input.required<string>();

  protected readonly partnerships = signal<PartnershipRowFragment[]>([]);
  protected readonly page = pageQuery({
    key: () => this.orgId(),
    fetch: (id) =>
      this.apollo.query({ query: OrganizationPartnershipsDocument, variables: { id }, fetchPolicy: 'network-only' }).pipe(map((result) => result.data?.organization)),
    forbidden: NOT_FOR_YOUR_ROLE,
    refuse: (organization) => (hasPermission(organization.viewerAccess, 'PARTNERSHIPS_READ') ? null : NOT_FOR_YOUR_ROLE),
    title: (organization) => $localize`:@@partners.list.pageTitle:Partners · ${organization.name}:organizationName: · Manager`,
    onData: (organization) => this.partnerships.set(organization.partnerships),
  });
  protected readonly busyId = signal<string | null>(null);
  protected readonly canManage = computed(() => hasPermission(this.page.data()?.viewerAccess, 'PARTNERS_MANAGE'));
  protected readonly active = computed(() => this.partnerships().filter((p) => p.status === 'ACTIVE'));
  protected readonly pending = computed(() => this.partnerships().filter((p) => p.status === 'PENDING'));
  protected readonly noPartnerMessage = computed(
    () =>
      this.canManage()
        ? $localize`:@@partners.list.noPartnerForManager:A partner (an agency, a reseller) can manage some or all of your products for you. Partners are chosen from the directory of listed agencies and resellers.`
        : $localize`:@@partners.list.noPartnerForReader:A partner (an agency, a reseller) can manage some or all of your products for you. The legal responsible chooses them from the directory.`,
  );
  protected readonly accessLabels = ACCESS_LABELS;
  protected readonly billingLabels = BILLING_OWNER_LABELS;

  protected async resend(p: PartnershipRowFragment): Promise<void> {
    await this.run(p, async () => {
      await firstValueFrom(this.apollo.mutate({ mutation: ResendPartnerInvitationDocument, variables: { input: { partnershipId: p.id } } }));
      this.snackBar.open($localize`:@@partners.invitationResent:A new invitation was sent to ${p.partnerName}:partnerName:.`, undefined, { duration: 4000 });
    });
  }

  protected async remove(p: PartnershipRowFragment): Promise<void> {
    const mine = p.initiatedBy === 'CLIENT';
    const confirmed = await this.confirm({
      title: mine
        ? $localize`:@@partners.list.deleteConfirm.title:Delete the invitation to ${p.partnerName}:partnerName:?`
        : $localize`:@@partners.partnership.refuseConfirm.title:Refuse the request of ${p.partnerName}:partnerName:?`,
      message: mine
        ? $localize`:@@partners.list.deleteConfirm.message:The link in the email stops working. You can invite this partner again later.`
        : $localize`:@@partners.list.refuseConfirm.message:The partner gets no access. It can ask again later.`,
      confirmLabel: mine
        ? $localize`:@@partners.partnership.deleteInvitationConfirm.confirm:Delete`
        : $localize`:@@partners.partnership.refuseConfirm.confirm:Refuse`,
      destructive: true,
    });
    if (!confirmed) return;
    await this.run(p, async () => {
      await firstValueFrom(this.apollo.mutate({ mutation: CancelPartnerInvitationDocument, variables: { input: { partnershipId: p.id } } }));
      this.partnerships.update((list) => list.filter((x) => x.id !== p.id));
      this.snackBar.open(
        mine ? $localize`:@@partners.list.invitationDeleted:Invitation deleted.` : $localize`:@@partners.list.requestRefused:Request refused.`, undefined, { duration: 4000 });
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
    this.snackBar.open($localize`:@@partners.partnershipEnded:The partnership with ${p.partnerName}:otherName: has ended.`, undefined, { duration: 5000 });
  }

  private async run(p: PartnershipRowFragment, action: () => Promise<void>): Promise<void> {
    this.busyId.set(p.id);
    try {
      await action();
    } catch (e) {
      this.snackBar.open(apiError(e)?.message ?? unreachableMessage(), $localize`:@@partners.snackbar.close:Close`, { duration: 8000 });
    } finally {
      this.busyId.set(null);
    }
  }

  private confirm(data: ConfirmDialogData): Promise<boolean | undefined> {
    return firstValueFrom(
      this.dialog.open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, { data, injector: this.injector }).afterClosed(),
    );
  }
}
