import { ChangeDetectionStrategy, Component, DestroyRef, Injector, computed, effect, inject, signal, untracked } from '@angular/core';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIcon } from '@angular/material/icon';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { Title } from '@angular/platform-browser';
import {
  BillingOverviewDocument,
  BillingOverviewQuery,
  InvoiceDetailFragment,
  OrderRowFragment,
  OrganizationInvoicesDocument,
  OrganizationOrdersDocument,
  WalletEntriesDocument,
  WalletEntriesQuery,
  apiError,
} from '@manager/web-data-access';
import { EmptyState, LocalDatePipe, MoneyPipe, ProductCategoryPipe } from '@manager/web-ui';
import { Apollo } from 'apollo-angular';
import { Subscription, firstValueFrom, map } from 'rxjs';
import { canReadBilling, canTopUp } from '../shared/billing-access';
import { ORDER_PRICING_LABELS, VAT_TREATMENT_LABELS, WALLET_ENTRY_KIND_LABELS } from '../shared/billing-labels';
import { ConnectionList } from '../shared/connection-list';
import { KindChip } from '../shared/kind-chip';
import { MoneyValue } from '../shared/money';
import { injectRouteParam } from '../shared/route-param';
import { InvoiceDialog } from './invoice-dialog';
import { TopUpDialog, TopUpDialogData } from './top-up-dialog';

type Overview = BillingOverviewQuery['organization'];
type WalletEntry = NonNullable<WalletEntriesQuery['organization']['wallet']>['entries']['edges'][number]['node'];

export const BILLING_PAGE_SIZE = 20;
const HIDDEN = new Set(['NOT_FOUND', 'FORBIDDEN', 'BAD_USER_INPUT']);

/**
 * The organization's Billing tab (its legal responsible and administrators): the wallet and its
 * ledger, the invoices it paid (details and PDF), and the orders for its products.
 */
@Component({
  selector: 'mgr-billing-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatTableModule, MatButton, MatAnchor, MatIcon, MatProgressBar, EmptyState, MoneyPipe, LocalDatePipe, ProductCategoryPipe, KindChip],
  templateUrl: './billing.page.html',
  styleUrl: './billing.page.scss',
})
export class BillingPage {
  private readonly apollo = inject(Apollo);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly title = inject(Title);

  protected readonly orgId = injectRouteParam('orgId');
  protected readonly status = signal<'loading' | 'ready' | 'not-found' | 'forbidden' | 'error'>('loading');
  protected readonly overview = signal<Overview | null>(null);
  protected readonly balance = signal<MoneyValue | null>(null);
  protected readonly mayTopUp = computed(() => canTopUp(this.overview()?.viewerRole));

  protected readonly entries = new ConnectionList<WalletEntry>((after) =>
    this.apollo
      .query({ query: WalletEntriesDocument, variables: { id: this.orgId(), first: BILLING_PAGE_SIZE, after }, fetchPolicy: 'network-only' })
      .pipe(map((r) => r.data?.organization.wallet?.entries)),
  );
  protected readonly invoices = new ConnectionList<InvoiceDetailFragment>((after) =>
    this.apollo
      .query({ query: OrganizationInvoicesDocument, variables: { id: this.orgId(), first: BILLING_PAGE_SIZE, after }, fetchPolicy: 'network-only' })
      .pipe(map((r) => r.data?.organization.invoices)),
  );
  protected readonly orders = new ConnectionList<OrderRowFragment>((after) =>
    this.apollo
      .query({ query: OrganizationOrdersDocument, variables: { id: this.orgId(), first: BILLING_PAGE_SIZE, after }, fetchPolicy: 'network-only' })
      .pipe(map((r) => r.data?.organization.orders)),
  );

  protected readonly entryColumns = ['date', 'description', 'kind', 'amount', 'balance'] as const;
  protected readonly invoiceColumns = ['number', 'date', 'client', 'total', 'vat', 'actions'] as const;
  protected readonly orderColumns = ['date', 'product', 'client', 'placedBy', 'total'] as const;
  protected readonly kindLabels = WALLET_ENTRY_KIND_LABELS;
  protected readonly vatLabels = VAT_TREATMENT_LABELS;
  protected readonly pricingLabels = ORDER_PRICING_LABELS;

  private request?: Subscription;

  constructor() {
    effect(() => {
      const id = this.orgId();
      untracked(() => this.load(id));
    });
    inject(DestroyRef).onDestroy(() => {
      this.request?.unsubscribe();
      [this.entries, this.invoices, this.orders].forEach((l) => l.destroy());
    });
  }

  protected retry(): void {
    this.load(this.orgId());
  }

  protected async topUp(): Promise<void> {
    const org = this.overview();
    if (!org) return;
    const balance = await firstValueFrom(
      this.dialog
        .open<TopUpDialog, TopUpDialogData, MoneyValue | undefined>(TopUpDialog, {
          data: { organizationId: org.id, organizationName: org.name, currency: org.currency },
          injector: this.injector,
          width: '440px',
        })
        .afterClosed(),
    );
    if (!balance) return;
    this.balance.set(balance);
    this.entries.reload();
  }

  protected openInvoice(invoice: InvoiceDetailFragment): void {
    this.dialog.open(InvoiceDialog, { data: invoice, injector: this.injector, width: '640px' });
  }

  protected isCredit(entry: WalletEntry): boolean {
    return entry.amount.amountMinor >= 0;
  }

  private load(id: string): void {
    this.request?.unsubscribe();
    this.status.set('loading');
    this.overview.set(null);
    this.request = this.apollo.query({ query: BillingOverviewDocument, variables: { id }, fetchPolicy: 'network-only' }).subscribe({
      next: (r) => {
        const org = r.data?.organization;
        if (!org) return this.status.set('error');
        this.overview.set(org);
        this.title.setTitle(`Billing · ${org.name} · Manager`);
        if (!org.wallet || !canReadBilling(org.viewerRole)) return this.status.set('forbidden');
        this.balance.set(org.wallet.balance);
        this.status.set('ready');
        this.entries.reload();
        this.invoices.reload();
        this.orders.reload();
      },
      error: (e: unknown) => {
        const code = apiError(e)?.code;
        this.status.set(code && HIDDEN.has(code) ? 'not-found' : 'error');
      },
    });
  }
}
