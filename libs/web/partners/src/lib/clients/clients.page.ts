import { ChangeDetectionStrategy, Component, DestroyRef, Injector, computed, inject, input, signal } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import type { ComponentType } from '@angular/cdk/portal';
import type { MatDialogConfig } from '@angular/material/dialog';
import { MatFormField, MatLabel, MatPrefix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatMenu, MatMenuItem, MatMenuTrigger } from '@angular/material/menu';
import { MatOption, MatSelect } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { openExportDialog } from '@manager/web-billing/exports';
import { ClientInvoices } from '@manager/web-billing/partnership';
import {
  AcceptPartnershipInvitationDocument,
  CancelPartnerInvitationDocument,
  ManagedClientIdsDocument,
  ManagedClientIdsQuery,
  ManagedClientOrder,
  ManagedClientsDocument,
  ManagedClientsQuery,
  PartnerClientsOverviewDocument,
  PartnershipRowFragment,
  RefusePartnershipInvitationDocument,
  apiError,
  hasPermission,
  pageQuery,
} from '@manager/web-data-access';
import { CellLabel, DISPLAY_LOCALE, EmptyState, KeysetList, LoadMore, LocalDatePipe, PageHeader, PageStateView, Skeleton, accessRefused } from '@manager/web-ui';
import type { ConfirmDialog, ConfirmDialogData } from '@manager/web-ui/dialogs';
import { Apollo } from 'apollo-angular';
import { debounceTime, distinctUntilChanged, firstValueFrom, map, skip } from 'rxjs';
import { Icon } from '@manager/web-ui/icons';
import type { EndPartnershipDialog, EndPartnershipDialogData } from '../shared/end-partnership-dialog';
import { ACCESS_LABELS, BILLING_OWNER_LABELS, rowActionsLabel, unreachableMessage } from '../shared/partner-labels';
import { ClientSelection } from './client-selection';
import type { RequestAccessDialog, RequestAccessDialogData } from './request-access-dialog';

type Client = ManagedClientsQuery['managedClients']['edges'][number]['node'];

export const CLIENTS_PAGE_SIZE = 25;
const NOT_A_PARTNER = {
  icon: 'work',
  heading: $localize`:@@partners.clients.notAPartner.heading:Not a partner organization`,
  message: $localize`:@@partners.clients.notAPartner.message:Only organizations in the partner program manage clients.`,
};
const NOT_FOR_YOUR_ROLE = accessRefused('work', $localize`:@@partners.clients.notForYourRole:External members do not see the partner's clients.`);

/**
 * Partner side: the clients under management (keyset paged by the API, so "Load more" holds at
 * 10,000), the invitations received and the requests sent; the legal responsible and
 * administrators accept, refuse, ask for access and end partnerships.
 */
@Component({
  selector: 'mgr-clients-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    FormsModule,
    RouterLink,
    MatTableModule,
    CellLabel,
    MatButton,
    MatIconButton,
    MatCheckbox,
    Icon,
    MatMenu,
    MatMenuItem,
    MatMenuTrigger,
    Skeleton,
    MatFormField,
    MatLabel,
    MatPrefix,
    MatInput,
    MatSelect,
    MatOption,
    EmptyState,
    PageStateView,
    LoadMore,
    PageHeader,
    LocalDatePipe,
    ClientInvoices,
  ],
  templateUrl: './clients.page.html',
  styleUrl: './clients.page.scss',
})
export class ClientsPage {
  private readonly apollo = inject(Apollo);
  protected readonly rowActionsLabel = rowActionsLabel;
  private readonly snackBar = inject(MatSnackBar);
  private readonly injector = inject(Injector);
  private readonly counts = new Intl.NumberFormat(inject(DISPLAY_LOCALE));

  readonly orgId = input.required<string>();

  protected readonly search = signal('');
  protected readonly order = signal<ManagedClientOrder>('NAME');
  protected readonly clients = new KeysetList<Client>({
    key: (client) => client.partnershipId,
    fetch: (after) => {
      const search = this.search().trim();
      return this.apollo
        .query({
          query: ManagedClientsDocument,
          variables: { partnerOrganizationId: this.orgId(), first: CLIENTS_PAGE_SIZE, after, search: search || null, orderBy: this.order() },
          fetchPolicy: 'network-only',
        })
        .pipe(map((r) => r.data?.managedClients));
    },
  });

  protected readonly pending = signal<PartnershipRowFragment[]>([]);
  protected readonly page = pageQuery({
    key: () => this.orgId(),
    fetch: (id) =>
      this.apollo.query({ query: PartnerClientsOverviewDocument, variables: { id }, fetchPolicy: 'network-only' }).pipe(map((r) => r.data?.organization)),
    forbidden: NOT_FOR_YOUR_ROLE,
    refuse: (organization) =>
      !organization.partnerProfile ? NOT_A_PARTNER : hasPermission(organization.viewerAccess, 'ACT_FOR_PARTNER') ? null : NOT_FOR_YOUR_ROLE,
    title: (organization) => $localize`:@@partners.clients.pageTitle:Clients · ${organization.name}:organizationName: · Manager`,
    onData: (organization, _id, refreshed) => {
      this.pending.set(organization.clientPartnerships);
      if (!refreshed) this.clients.reload();
    },
  });
  protected readonly partnerName = computed(() => {
    const organization = this.page.data();
    return organization?.partnerProfile?.publicName ?? organization?.name ?? '';
  });
  protected readonly received = computed(() => this.pending().filter((p) => p.initiatedBy === 'CLIENT'));
  protected readonly sent = computed(() => this.pending().filter((p) => p.initiatedBy === 'PARTNER'));
  protected readonly canManage = computed(() => hasPermission(this.page.data()?.viewerAccess, 'CLIENTS_MANAGE'));
  /** The partner's billing readers export the history of its clients (the API checks it again per row). */
  protected readonly canExport = computed(() => hasPermission(this.page.data()?.viewerAccess, 'BILLING_READ'));
  protected readonly selection = new ClientSelection(
    () => this.clients.items().map((c) => c.organization.id),
    () => this.clients.totalCount(),
  );
  protected readonly exporting = signal(false);
  protected readonly busyId = signal<string | null>(null);
  protected readonly columns = computed(() => {
    const base = [...(this.canExport() ? ['select'] : []), 'name', 'access', 'billing', 'products', 'since', 'ends'];
    // "Latest invoices" only when some client is billed to the partner (its invoices are the partner's).
    if (this.clients.items().some((c) => c.billingOwner === 'PARTNER')) base.splice(base.indexOf('products'), 0, 'invoices');
    return this.canManage() ? [...base, 'actions'] : base;
  });
  protected readonly accessLabels = ACCESS_LABELS;
  /** A count in the reader's locale ("10’000" in de-CH); the plural still chooses on the number. */
  protected readonly count = (n: number) => this.counts.format(n);
  protected readonly billingLabels = BILLING_OWNER_LABELS;

  constructor() {
    const searchSub = toObservable(this.search)
      .pipe(skip(1), debounceTime(300), distinctUntilChanged())
      .subscribe(() => {
        this.selection.searchChanged();
        this.clients.reload();
      });
    inject(DestroyRef).onDestroy(() => {
      searchSub.unsubscribe();
      this.clients.destroy();
    });
  }

  protected sortBy(order: ManagedClientOrder): void {
    this.order.set(order);
    this.clients.reload();
  }

  /**
   * The Download button (every client under management) or the bottom bar (the ticked ones; all
   * matching a search are gathered first, since the table holds only the pages loaded).
   */
  protected async exportClients(scope: 'all' | 'selected'): Promise<void> {
    const organization = this.page.data();
    if (!organization || this.exporting()) return;
    this.exporting.set(true);
    try {
      const search = this.search().trim();
      let ids: string[] | null = null;
      if (scope === 'selected') ids = !this.selection.allMatching() ? this.selection.selectedIds() : search ? await this.matchingIds(search) : null;
      // The list's total counts the search's matches; "all" then has no count to show.
      const count = ids ? ids.length : search ? 0 : this.clients.totalCount();
      await openExportDialog(this.injector, {
        organizationId: organization.id,
        organizationName: this.partnerName(),
        types: ['INVOICES', 'COMMISSIONS', 'ORDERS'],
        clients: { ids, count },
      });
    } catch (e) {
      this.snackBar.open(apiError(e)?.message ?? unreachableMessage(), $localize`:@@partners.snackbar.close:Close`, { duration: 8000 });
    } finally {
      this.exporting.set(false);
    }
  }

  /** Every client id matching the search, 100 a page (the API's largest). */
  private async matchingIds(search: string): Promise<string[]> {
    const ids: string[] = [];
    let after: string | null = null;
    for (;;) {
      const r: { data?: ManagedClientIdsQuery } = await firstValueFrom(
        this.apollo.query({
          query: ManagedClientIdsDocument,
          variables: { partnerOrganizationId: this.orgId(), first: 100, after, search },
          fetchPolicy: 'network-only',
        }),
      );
      const connection = r.data?.managedClients;
      if (!connection) return ids;
      ids.push(...connection.edges.map((e) => e.node.organization.id));
      if (!connection.pageInfo.hasNextPage || !connection.pageInfo.endCursor) return ids;
      after = connection.pageInfo.endCursor;
    }
  }

  protected accessLabel(client: Client): string {
    return ACCESS_LABELS[client.access];
  }

  protected billingLabel(client: Client): string {
    return client.billingOwner ? BILLING_OWNER_LABELS[client.billingOwner] : '—';
  }

  protected async accept(p: PartnershipRowFragment): Promise<void> {
    await this.run(p, async () => {
      await firstValueFrom(this.apollo.mutate({ mutation: AcceptPartnershipInvitationDocument, variables: { input: { partnershipId: p.id } } }));
      this.pending.update((list) => list.filter((x) => x.id !== p.id));
      this.snackBar.open($localize`:@@partners.clients.invitationAccepted:You now manage ${p.clientName}:clientName:.`, undefined, { duration: 5000 });
      this.clients.reload();
    });
  }

  protected async refuse(p: PartnershipRowFragment): Promise<void> {
    const ok = await this.confirm({
      title: $localize`:@@partners.clients.refuseConfirm.title:Refuse the invitation of ${p.clientName}:clientName:?`,
      message: $localize`:@@partners.clients.refuseConfirm.message:The client is told by email. It can invite you again later.`,
      confirmLabel: $localize`:@@partners.partnership.refuseConfirm.confirm:Refuse`,
      destructive: true,
    });
    if (!ok) return;
    await this.run(p, async () => {
      await firstValueFrom(this.apollo.mutate({ mutation: RefusePartnershipInvitationDocument, variables: { input: { partnershipId: p.id } } }));
      this.pending.update((list) => list.filter((x) => x.id !== p.id));
      this.snackBar.open($localize`:@@partners.clients.invitationRefused:Invitation refused.`, undefined, { duration: 4000 });
    });
  }

  protected async withdraw(p: PartnershipRowFragment): Promise<void> {
    const ok = await this.confirm({
      title: $localize`:@@partners.withdrawConfirm.title:Withdraw this request?`,
      message: p.requestedEmail
        ? $localize`:@@partners.clients.withdrawConfirm.messageTo:The link sent to ${p.requestedEmail}:email: stops working.`
        : $localize`:@@partners.clients.withdrawConfirm.message:The link sent to the client stops working.`,
      confirmLabel: $localize`:@@partners.withdrawConfirm.confirm:Withdraw`,
      destructive: true,
    });
    if (!ok) return;
    await this.run(p, async () => {
      await firstValueFrom(this.apollo.mutate({ mutation: CancelPartnerInvitationDocument, variables: { input: { partnershipId: p.id } } }));
      this.pending.update((list) => list.filter((x) => x.id !== p.id));
      this.snackBar.open($localize`:@@partners.clients.requestWithdrawn:Request withdrawn.`, undefined, { duration: 4000 });
    });
  }

  protected async askForAccess(): Promise<void> {
    const email = await this.openDialog<RequestAccessDialog, RequestAccessDialogData, string>(
      () => import('./request-access-dialog').then((m) => m.RequestAccessDialog),
      { data: { partnerOrganizationId: this.orgId(), partnerName: this.partnerName() }, width: '560px' },
    );
    if (!email) return;
    this.snackBar.open(
      $localize`:@@partners.clients.requestSent:If ${email}:email: is the legal responsible of an organization, they get your request by email.`,
      undefined,
      { duration: 6000 },
    );
    this.page.refresh();
  }

  protected async end(client: Client): Promise<void> {
    const ended = await this.openDialog<EndPartnershipDialog, EndPartnershipDialogData, boolean>(
      () => import('../shared/end-partnership-dialog').then((m) => m.EndPartnershipDialog),
      { data: { partnershipId: client.partnershipId, otherName: client.organization.name, side: 'PARTNER' }, width: '480px' },
    );
    if (!ended) return;
    this.snackBar.open($localize`:@@partners.partnershipEnded:The partnership with ${client.organization.name}:otherName: has ended.`, undefined, { duration: 5000 });
    this.clients.reload();
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
    return this.openDialog<ConfirmDialog, ConfirmDialogData, boolean>(() => import('@manager/web-ui/dialogs').then((m) => m.ConfirmDialog), { data });
  }

  /**
   * Opens a dialog whose code, and MatDialog's, loads on first use: the list itself needs none of
   * it. The page's injector, so the dialog reaches the same Apollo client as the page.
   */
  private async openDialog<C, D, R>(load: () => Promise<ComponentType<C>>, config: MatDialogConfig<D>): Promise<R | undefined> {
    const [{ MatDialog }, component] = await Promise.all([import('@angular/material/dialog'), load()]);
    return firstValueFrom(this.injector.get(MatDialog).open<C, D, R>(component, { ...config, injector: this.injector }).afterClosed());
  }
}
