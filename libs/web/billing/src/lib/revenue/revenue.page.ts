import { ChangeDetectionStrategy, Component, DestroyRef, Injector, computed, inject, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatButtonToggle, MatButtonToggleGroup } from '@angular/material/button-toggle';
import { MatProgressBar } from '@angular/material/progress-bar';
import { NgTemplateOutlet } from '@angular/common';
import { MatTableModule } from '@angular/material/table';
import { CommissionRowFragment, PartnerRevenueDocument, RevenuePeriod, pageQuery } from '@manager/web-data-access';
import { CellLabel, DISPLAY_LOCALE, EmptyState, KeysetList, LoadMore, LocalDatePipe, MoneyPipe, PageStateView, formatMoney, formatPercent, injectRouteParam, accessRefused } from '@manager/web-ui';
import { Icon } from '@manager/web-ui/icons';
import { Apollo } from 'apollo-angular';
import { map } from 'rxjs';
import { commissionKindLabel, formatCount } from '../shared/billing-labels';
import { KindChip } from '../shared/kind-chip';
import { chartPeriods, periodLabel, periodOfKey } from './revenue-periods';
import { BarChart, type ChartSeries } from '../charts/bar-chart';
import type { PeriodPreset } from '../exports/export-period';
import { openExportDialog } from '../exports/open-export-dialog';

export const COMMISSIONS_PAGE_SIZE = 20;
/** The clients the chart shows; the table below lists them all. */
export const TOP_CLIENTS = 5;
/** The export preset closest to the grouping on screen. */
const PRESET_OF: Record<RevenuePeriod, PeriodPreset> = { MONTH: 'LAST_MONTH', QUARTER: 'LAST_QUARTER', YEAR: 'THIS_YEAR' };

/**
 * A partner organization's revenue (its LR/ADMIN): the total of its commissions, totals per
 * month, quarter or year and per client, and the commissions themselves.
 */
@Component({
  selector: 'mgr-revenue-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    NgTemplateOutlet,
    MatTableModule,
    CellLabel,
    MatButton,
    Icon,
    MatButtonToggleGroup,
    MatButtonToggle,
    MatProgressBar,
    PageStateView,
    LoadMore,
    MoneyPipe,
    LocalDatePipe,
    KindChip,
    EmptyState,
    BarChart,
  ],
  templateUrl: './revenue.page.html',
  styleUrl: './revenue.page.scss',
})
export class RevenuePage {
  private readonly apollo = inject(Apollo);
  private readonly locale = inject(DISPLAY_LOCALE);
  private readonly injector = inject(Injector);

  protected readonly orgId = injectRouteParam('orgId');
  protected readonly period = signal<RevenuePeriod>('MONTH');
  protected readonly commissions = new KeysetList<CommissionRowFragment>({
    fetch: (after) =>
      this.apollo
        .query({
          query: PartnerRevenueDocument,
          variables: { id: this.orgId(), period: this.period(), first: COMMISSIONS_PAGE_SIZE, after },
          fetchPolicy: 'network-only',
        })
        .pipe(map((r) => r.data?.organization.partnerRevenue?.commissions)),
  });
  protected readonly page = pageQuery({
    key: () => this.orgId(),
    fetch: (id) =>
      this.apollo
        .query({ query: PartnerRevenueDocument, variables: { id, period: this.period(), first: COMMISSIONS_PAGE_SIZE }, fetchPolicy: 'network-only' })
        .pipe(map((r) => r.data?.organization)),
    refuse: (org) =>
      org.partnerRevenue
        ? null
        : accessRefused('lock', $localize`:@@billing.revenue.notAvailable:Partner organizations see their commissions here; their legal responsible and administrators may read them.`),
    title: (org) => $localize`:@@billing.revenue.title:Revenue · ${org.name}:organization: · Manager`,
    onData: (org, _id, refreshed) => {
      // A period switch changes the totals only; the commissions stay as they are.
      if (refreshed || !org.partnerRevenue) return;
      this.commissions.clear();
      this.commissions.add(org.partnerRevenue.commissions);
    },
  });
  protected readonly organization = this.page.data;
  protected readonly revenue = computed(() => this.organization()?.partnerRevenue ?? null);
  /** Nothing earned at all: one empty state instead of three empty tables under a period toggle. */
  protected readonly nothingEarned = computed(() => {
    const r = this.revenue();
    return !!r && r.byClient.length === 0 && r.commissions.totalCount === 0;
  });
  protected readonly rates = computed(() => {
    const profile = this.organization()?.partnerProfile;
    if (!profile) return '';
    const commission = this.percent(profile.commissionRate);
    const discount = this.percent(profile.resellerDiscountRate);
    return $localize`:@@billing.revenue.rates:Commission ${commission}:commission: · reseller discount ${discount}:discount:`;
  });

  /** Commissions per period, stacked by kind, every period in the range (empty ones at zero). */
  private readonly chart = computed(() => chartPeriods(this.revenue()?.byPeriod ?? [], this.period(), this.locale));
  protected readonly periodLabels = computed(() => this.chart().labels);
  protected readonly periodSeries = computed<ChartSeries[]>(() => {
    const chart = this.chart();
    return [
      { label: commissionKindLabel('CASHBACK'), values: chart.cashback, color: 'primary' },
      { label: commissionKindLabel('REBATE'), values: chart.rebate, color: 'tertiary' },
      // A container colour with its outline: apart from the two others in light and in dark.
      { label: commissionKindLabel('REIMBURSEMENT'), values: chart.reimbursement, color: 'secondary-container', border: 'secondary' },
    ];
  });
  protected readonly topClients = computed(() => (this.revenue()?.byClient ?? []).slice(0, TOP_CLIENTS));
  protected readonly topClientsCaption = computed(() => {
    const count = this.topClients().length;
    return $localize`:@@billing.revenue.topClients:Top ${count}:count: clients`;
  });
  /** The first column of the totals tables, named as the charts' tables name it. */
  protected readonly periodColumn = $localize`:@@billing.revenue.periodColumn:Period`;
  protected readonly clientColumn = $localize`:@@billing.column.client:Client`;
  protected readonly topClientLabels = computed(() => this.topClients().map((r) => r.label));
  protected readonly topClientSeries = computed<ChartSeries[]>(() => [
    { label: $localize`:@@billing.revenue.commissionsSeries:Commissions`, values: this.topClients().map((r) => r.total.amountMinor / 100), color: 'primary' },
  ]);
  protected readonly formatAmount = (major: number) => formatMoney({ amountMinor: Math.round(major * 100), currency: this.organization()?.currency ?? 'CHF' }, this.locale);

  protected readonly totalColumns = ['label', 'cashback', 'rebate', 'reimbursement', 'total'] as const;
  protected readonly commissionColumns = ['date', 'kind', 'client', 'base', 'rate', 'amount'] as const;
  protected readonly kindLabel = commissionKindLabel;
  protected readonly count = (n: number) => formatCount(n, this.locale);
  protected readonly periods: readonly { value: RevenuePeriod; label: string }[] = [
    { value: 'MONTH', label: $localize`:@@billing.revenue.period.month:Month` },
    { value: 'QUARTER', label: $localize`:@@billing.revenue.period.quarter:Quarter` },
    { value: 'YEAR', label: $localize`:@@billing.revenue.period.year:Year` },
  ];
  /** The period totals with their names in the reader's language (the API's are English). */
  protected readonly periodRows = computed(() => (this.revenue()?.byPeriod ?? []).map((row) => ({ ...row, label: periodLabel(row.key, periodOfKey(row.key), this.locale) })));

  constructor() {
    inject(DestroyRef).onDestroy(() => this.commissions.destroy());
  }

  protected choosePeriod(period: RevenuePeriod): void {
    if (period === this.period()) return;
    this.period.set(period);
    this.page.refresh();
  }

  /** Export: the commissions, over the period closest to the grouping on screen. */
  protected async export(): Promise<void> {
    const org = this.organization();
    if (!org) return;
    await openExportDialog(this.injector, {
      organizationId: org.id,
      organizationName: org.partnerProfile?.publicName ?? org.name,
      types: ['COMMISSIONS', 'INVOICES', 'ORDERS', 'WALLET_MOVEMENTS'],
      preset: PRESET_OF[this.period()],
    });
  }

  protected percent(rate: number): string {
    return formatPercent(rate, this.locale);
  }
}
