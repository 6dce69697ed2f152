import { ChangeDetectionStrategy, Component, DestroyRef, Injector, computed, inject, signal } from '@angular/core';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatTableModule } from '@angular/material/table';
import {
  BillingOverviewDocument,
  BillingSpendingDocument,
  BillingSpendingQuery,
  InvoiceDetailFragment,
  OrderRowFragment,
  OrganizationInvoicesDocument,
  OrganizationOrdersDocument,
  WalletEntriesDocument,
  WalletEntriesQuery,
  hasPermission,
  pageQuery,
} from '@manager/web-data-access';
import { CellLabel, DISPLAY_LOCALE, EmptyState, KeysetList, LoadMore, LocalDatePipe, LocalTextPipe, MoneyPipe, Skeleton, PageStateView, ProductCategoryPipe, formatMoney, injectRouteParam, accessRefused } from '@manager/web-ui';
import { Apollo } from 'apollo-angular';
import { firstValueFrom, map } from 'rxjs';
import { Icon } from '@manager/web-ui/icons';
import { formatCount, invoiceDetailsLabel, invoicePdfLabel, orderPricingLabel, vatTreatmentLabel, walletEntryKindLabel } from '../shared/billing-labels';
import { KindChip } from '../shared/kind-chip';
import { MoneyValue } from '../shared/money';
import { BarChart, type ChartSeries } from '../charts/bar-chart';
import { openExportDialog } from '../exports/open-export-dialog';
import { withClientColumn } from './billing-columns';
import { fillMonths, monthLabel, spendingWindow } from './spending-months';
import { InvoiceDialog } from './invoice-dialog';
import { TopUpDialog, TopUpDialogData } from './top-up-dialog';

type WalletEntry = NonNullable<WalletEntriesQuery['organization']['wallet']>['entries']['edges'][number]['node'];

export const BILLING_PAGE_SIZE = 20;


/**
 * The organization's Billing tab (its legal responsible and administrators): the wallet and its
 * ledger, the invoices it paid (details and PDF), and the orders for its products.
 */
@Component({
  selector: 'mgr-billing-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatTableModule, CellLabel, MatButton, MatAnchor, Icon, EmptyState, Skeleton, PageStateView, LoadMore, MoneyPipe, LocalDatePipe, LocalTextPipe, ProductCategoryPipe, KindChip, BarChart],
  templateUrl: './billing.page.html',
  styleUrl: './billing.page.scss',
})
export class BillingPage {
  private readonly apollo = inject(Apollo);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly locale = inject(DISPLAY_LOCALE);

  protected readonly orgId = injectRouteParam('orgId');
  protected readonly balance = signal<MoneyValue | null>(null);

  protected readonly entries = new KeysetList<WalletEntry>({
    fetch: (after) =>
      this.apollo
        .query({ query: WalletEntriesDocument, variables: { id: this.orgId(), first: BILLING_PAGE_SIZE, after }, fetchPolicy: 'network-only' })
        .pipe(map((r) => r.data?.organization.wallet?.entries)),
  });
  protected readonly invoices = new KeysetList<InvoiceDetailFragment>({
    fetch: (after) =>
      this.apollo
        .query({ query: OrganizationInvoicesDocument, variables: { id: this.orgId(), first: BILLING_PAGE_SIZE, after }, fetchPolicy: 'network-only' })
        .pipe(map((r) => r.data?.organization.invoices)),
  });
  protected readonly orders = new KeysetList<OrderRowFragment>({
    fetch: (after) =>
      this.apollo
        .query({ query: OrganizationOrdersDocument, variables: { id: this.orgId(), first: BILLING_PAGE_SIZE, after }, fetchPolicy: 'network-only' })
        .pipe(map((r) => r.data?.organization.orders)),
  });

  protected readonly page = pageQuery({
    key: () => this.orgId(),
    fetch: (id) =>
      this.apollo.query({ query: BillingOverviewDocument, variables: { id }, fetchPolicy: 'network-only' }).pipe(map((r) => r.data?.organization)),
    refuse: (org) =>
      org.wallet && hasPermission(org.viewerAccess, 'BILLING_READ')
        ? null
        : accessRefused('lock', $localize`:@@billing.page.notForYou:The legal responsible and administrators of the organization see its wallet and invoices.`),
    title: (org) => $localize`:@@billing.page.title:Billing · ${org.name}:organization: · Manager`,
    onData: (org) => {
      this.balance.set(org.wallet?.balance ?? null);
      [this.entries, this.invoices, this.orders].forEach((list) => list.reload());
      this.loadSpending(org.id);
    },
  });
  /** The spending chart's months (null until loaded; a failure leaves the chart out, the lists say the rest). */
  private readonly spending = signal<BillingSpendingQuery['organization']['spendingByMonth'] | null>(null);
  private readonly window = spendingWindow();
  protected readonly spendingLabels = this.window.keys.map((key) => monthLabel(key, this.locale));
  protected readonly spendingSeries = computed<ChartSeries[] | null>(() => {
    const rows = this.spending();
    const currency = this.page.data()?.currency;
    if (!rows || !currency) return null;
    const { net, vat } = fillMonths(this.window.keys, rows, currency);
    return [
      { label: $localize`:@@billing.spending.net:Net`, values: net, color: 'primary' },
      { label: $localize`:@@billing.spending.vat:VAT`, values: vat, color: 'tertiary' },
    ];
  });
  protected readonly spentNothing = computed(() => this.spendingSeries()?.every((s) => s.values.every((v) => v === 0)) ?? false);
  protected readonly formatAmount = (major: number) => formatMoney({ amountMinor: Math.round(major * 100), currency: this.page.data()?.currency ?? 'CHF' }, this.locale);
  protected readonly mayTopUp = computed(() => hasPermission(this.page.data()?.viewerAccess, 'BILLING_MANAGE'));

  protected readonly entryColumns = ['date', 'description', 'kind', 'amount', 'balance'] as const;
  /**
   * The Client column only where it tells something: a partner's invoices and orders for its
   * clients. An organization's own ones would name itself on every row.
   */
  protected readonly invoiceColumns = computed(() =>
    withClientColumn(['number', 'date', 'client', 'total', 'vat', 'actions'], this.invoices.items(), this.page.data()?.name),
  );
  protected readonly orderColumns = computed(() => withClientColumn(['date', 'product', 'client', 'placedBy', 'total'], this.orders.items(), this.page.data()?.name));
  protected readonly kindLabel = walletEntryKindLabel;
  protected readonly vatLabel = vatTreatmentLabel;
  protected readonly pricingLabel = orderPricingLabel;
  protected readonly detailsLabel = invoiceDetailsLabel;
  protected readonly pdfLabel = invoicePdfLabel;
  protected readonly count = (n: number) => formatCount(n, this.locale);

  constructor() {
    inject(DestroyRef).onDestroy(() => [this.entries, this.invoices, this.orders].forEach((list) => list.destroy()));
  }

  protected async topUp(): Promise<void> {
    const org = this.page.data();
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

  /** Export: the organization's own history, this year's to begin with. */
  protected async export(): Promise<void> {
    const org = this.page.data();
    if (!org) return;
    await openExportDialog(this.injector, {
      organizationId: org.id,
      organizationName: org.name,
      types: ['INVOICES', 'ORDERS', 'WALLET_MOVEMENTS'],
      preset: 'THIS_YEAR',
    });
  }

  private loadSpending(id: string): void {
    this.spending.set(null);
    this.apollo
      .query({ query: BillingSpendingDocument, variables: { id, from: this.window.from.toISOString(), to: this.window.to.toISOString() }, fetchPolicy: 'network-only' })
      .subscribe({ next: (r) => this.spending.set(r.data?.organization.spendingByMonth ?? []), error: () => this.spending.set(null) });
  }

  protected openInvoice(invoice: InvoiceDetailFragment): void {
    this.dialog.open(InvoiceDialog, { data: invoice, injector: this.injector, width: '640px' });
  }

  protected isCredit(entry: WalletEntry): boolean {
    return entry.amount.amountMinor >= 0;
  }
}
