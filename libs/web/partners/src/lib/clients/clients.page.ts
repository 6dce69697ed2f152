import { ChangeDetectionStrategy, Component, DestroyRef, Injector, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormField, MatLabel, MatPrefix } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatMenu, MatMenuItem, MatMenuTrigger } from '@angular/material/menu';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatOption, MatSelect } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { MembershipRole, PARTNERSHIP_ACCESS_LABELS } from '@manager/domain';
import { ClientInvoices } from '@manager/web-billing';
import {
  AcceptPartnershipInvitationDocument,
  CancelPartnerInvitationDocument,
  ManagedClientOrder,
  ManagedClientsDocument,
  ManagedClientsQuery,
  PartnerClientsOverviewDocument,
  PartnershipRowFragment,
  RefusePartnershipInvitationDocument,
  apiError,
} from '@manager/web-data-access';
import { ConfirmDialog, ConfirmDialogData, EmptyState, LocalDatePipe, PageHeader } from '@manager/web-ui';
import { Apollo } from 'apollo-angular';
import { Subscription, debounceTime, distinctUntilChanged, firstValueFrom, skip } from 'rxjs';
import { EndPartnershipDialog, EndPartnershipDialogData } from '../shared/end-partnership-dialog';
import { BILLING_OWNER_LABELS, actsForPartner, canManageClients } from '../shared/partner-access';
import { RequestAccessDialog, RequestAccessDialogData } from './request-access-dialog';

type Client = ManagedClientsQuery['managedClients']['edges'][number]['node'];

export const CLIENTS_PAGE_SIZE = 25;
const HIDDEN = new Set(['NOT_FOUND', 'BAD_USER_INPUT']);
const UNREACHABLE = 'The Manager cannot be reached right now. Try again in a moment.';

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
    MatButton,
    MatIconButton,
    MatIcon,
    MatMenu,
    MatMenuItem,
    MatMenuTrigger,
    MatProgressBar,
    MatFormField,
    MatLabel,
    MatPrefix,
    MatInput,
    MatSelect,
    MatOption,
    EmptyState,
    PageHeader,
    LocalDatePipe,
    ClientInvoices,
  ],
  templateUrl: './clients.page.html',
  styleUrl: './clients.page.scss',
})
export class ClientsPage {
  private readonly apollo = inject(Apollo);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly title = inject(Title);
  private readonly injector = inject(Injector);

  readonly orgId = input.required<string>();

  protected readonly status = signal<'loading' | 'ready' | 'not-found' | 'not-partner' | 'forbidden' | 'error'>('loading');
  protected readonly partnerName = signal('');
  protected readonly viewerRole = signal<MembershipRole | null>(null);
  protected readonly pending = signal<PartnershipRowFragment[]>([]);
  protected readonly received = computed(() => this.pending().filter((p) => p.initiatedBy === 'CLIENT'));
  protected readonly sent = computed(() => this.pending().filter((p) => p.initiatedBy === 'PARTNER'));
  protected readonly canManage = computed(() => canManageClients(this.viewerRole()));
  protected readonly busyId = signal<string | null>(null);

  protected readonly search = signal('');
  protected readonly order = signal<ManagedClientOrder>('NAME');
  protected readonly clients = signal<Client[]>([]);
  protected readonly total = signal(0);
  protected readonly hasNext = signal(false);
  protected readonly listLoading = signal(false);
  protected readonly listFailed = signal(false);
  protected readonly columns = computed(() => {
    const base = ['name', 'access', 'billing', 'products', 'since', 'ends'];
    // "Latest invoices" only when some client is billed to the partner (its invoices are the partner's).
    if (this.clients().some((c) => c.billingOwner === 'PARTNER')) base.splice(3, 0, 'invoices');
    return this.canManage() ? [...base, 'actions'] : base;
  });
  protected readonly accessLabels = PARTNERSHIP_ACCESS_LABELS;
  protected readonly billingLabels = BILLING_OWNER_LABELS;

  private cursor: string | null = null;
  private overviewRequest?: Subscription;
  private listRequest?: Subscription;

  constructor() {
    effect(() => {
      const id = this.orgId();
      untracked(() => this.load(id));
    });
    const searchSub = toObservable(this.search)
      .pipe(skip(1), debounceTime(300), distinctUntilChanged())
      .subscribe(() => this.loadClients(true));
    inject(DestroyRef).onDestroy(() => {
      searchSub.unsubscribe();
      this.overviewRequest?.unsubscribe();
      this.listRequest?.unsubscribe();
    });
  }

  protected retry(): void {
    this.load(this.orgId());
  }

  protected sortBy(order: ManagedClientOrder): void {
    this.order.set(order);
    this.loadClients(true);
  }

  protected loadMore(): void {
    if (!this.listLoading() && this.hasNext()) this.loadClients(false);
  }

  protected accessLabel(client: Client): string {
    return PARTNERSHIP_ACCESS_LABELS[client.access];
  }

  protected billingLabel(client: Client): string {
    return client.billingOwner ? BILLING_OWNER_LABELS[client.billingOwner] : '—';
  }

  protected async accept(p: PartnershipRowFragment): Promise<void> {
    await this.run(p, async () => {
      await firstValueFrom(this.apollo.mutate({ mutation: AcceptPartnershipInvitationDocument, variables: { input: { partnershipId: p.id } } }));
      this.pending.update((list) => list.filter((x) => x.id !== p.id));
      this.snackBar.open(`You now manage ${p.clientName}.`, undefined, { duration: 5000 });
      this.loadClients(true);
    });
  }

  protected async refuse(p: PartnershipRowFragment): Promise<void> {
    const ok = await this.confirm({
      title: `Refuse the invitation of ${p.clientName}?`,
      message: 'The client is told by email. It can invite you again later.',
      confirmLabel: 'Refuse',
      destructive: true,
    });
    if (!ok) return;
    await this.run(p, async () => {
      await firstValueFrom(this.apollo.mutate({ mutation: RefusePartnershipInvitationDocument, variables: { input: { partnershipId: p.id } } }));
      this.pending.update((list) => list.filter((x) => x.id !== p.id));
      this.snackBar.open('Invitation refused.', undefined, { duration: 4000 });
    });
  }

  protected async withdraw(p: PartnershipRowFragment): Promise<void> {
    const ok = await this.confirm({
      title: 'Withdraw this request?',
      message: `The link sent to ${p.requestedEmail ?? 'the client'} stops working.`,
      confirmLabel: 'Withdraw',
      destructive: true,
    });
    if (!ok) return;
    await this.run(p, async () => {
      await firstValueFrom(this.apollo.mutate({ mutation: CancelPartnerInvitationDocument, variables: { input: { partnershipId: p.id } } }));
      this.pending.update((list) => list.filter((x) => x.id !== p.id));
      this.snackBar.open('Request withdrawn.', undefined, { duration: 4000 });
    });
  }

  protected async askForAccess(): Promise<void> {
    const email = await firstValueFrom(
      this.dialog
        .open<RequestAccessDialog, RequestAccessDialogData, string>(RequestAccessDialog, {
          data: { partnerOrganizationId: this.orgId(), partnerName: this.partnerName() },
          injector: this.injector,
          width: '560px',
        })
        .afterClosed(),
    );
    if (!email) return;
    this.snackBar.open(`If ${email} is the legal responsible of an organization, they get your request by email.`, undefined, { duration: 6000 });
    this.loadOverview(this.orgId());
  }

  protected async end(client: Client): Promise<void> {
    const ended = await firstValueFrom(
      this.dialog
        .open<EndPartnershipDialog, EndPartnershipDialogData, boolean>(EndPartnershipDialog, {
          data: { partnershipId: client.partnershipId, otherName: client.organization.name, side: 'PARTNER' },
          injector: this.injector,
          width: '480px',
        })
        .afterClosed(),
    );
    if (!ended) return;
    this.snackBar.open(`The partnership with ${client.organization.name} has ended.`, undefined, { duration: 5000 });
    this.loadClients(true);
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
    this.status.set('loading');
    this.clients.set([]);
    this.loadOverview(id, true);
  }

  private loadOverview(id: string, first = false): void {
    this.overviewRequest?.unsubscribe();
    this.overviewRequest = this.apollo
      .query({ query: PartnerClientsOverviewDocument, variables: { id }, fetchPolicy: 'network-only' })
      .subscribe({
        next: (r) => {
          const organization = r.data?.organization;
          if (!organization) return this.status.set('error');
          this.viewerRole.set(organization.viewerRole ?? null);
          this.partnerName.set(organization.partnerProfile?.publicName ?? organization.name);
          this.title.setTitle(`Clients · ${organization.name} · Manager`);
          if (!organization.partnerProfile) return this.status.set('not-partner');
          if (!actsForPartner(organization.viewerRole)) return this.status.set('forbidden');
          this.pending.set(organization.clientPartnerships);
          if (first) {
            this.status.set('ready');
            this.loadClients(true);
          }
        },
        error: (e: unknown) => {
          if (!first) return;
          const code = apiError(e)?.code;
          this.status.set(code && HIDDEN.has(code) ? 'not-found' : 'error');
        },
      });
  }

  private loadClients(reset: boolean): void {
    this.listRequest?.unsubscribe();
    if (reset) this.cursor = null;
    this.listLoading.set(true);
    this.listFailed.set(false);
    const search = this.search().trim();
    this.listRequest = this.apollo
      .query({
        query: ManagedClientsDocument,
        variables: {
          partnerOrganizationId: this.orgId(),
          first: CLIENTS_PAGE_SIZE,
          after: this.cursor,
          search: search || null,
          orderBy: this.order(),
        },
        fetchPolicy: 'network-only',
      })
      .subscribe({
        next: (r) => {
          const page = r.data?.managedClients;
          if (page) {
            const nodes = page.edges.map((e) => e.node);
            if (reset) {
              this.clients.set(nodes);
            } else {
              const known = new Set(this.clients().map((c) => c.partnershipId));
              this.clients.update((list) => [...list, ...nodes.filter((c) => !known.has(c.partnershipId))]);
            }
            this.total.set(page.totalCount);
            this.hasNext.set(page.pageInfo.hasNextPage);
            this.cursor = page.pageInfo.endCursor ?? null;
          }
          this.listLoading.set(false);
        },
        error: () => {
          this.listFailed.set(true);
          this.listLoading.set(false);
        },
      });
  }
}
