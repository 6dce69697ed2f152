import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, signal } from '@angular/core';
import { MatButtonToggle, MatButtonToggleGroup } from '@angular/material/button-toggle';
import { MatProgressBar } from '@angular/material/progress-bar';
import { NgTemplateOutlet } from '@angular/common';
import { MatTableModule } from '@angular/material/table';
import { CommissionRowFragment, PartnerRevenueDocument, RevenuePeriod, pageQuery } from '@manager/web-data-access';
import { DISPLAY_LOCALE, EmptyState, KeysetList, LoadMore, LocalDatePipe, MoneyPipe, PageStateView, formatPercent, injectRouteParam, accessRefused } from '@manager/web-ui';
import { Apollo } from 'apollo-angular';
import { map } from 'rxjs';
import { COMMISSION_KIND_LABELS } from '../shared/billing-labels';
import { KindChip } from '../shared/kind-chip';

export const COMMISSIONS_PAGE_SIZE = 20;
const NOT_AVAILABLE = accessRefused('lock', 'Partner organizations see their commissions here; their legal responsible and administrators may read them.');

/**
 * A partner organization's revenue (its LR/ADMIN): the total of its commissions, totals per
 * month, quarter or year and per client, and the commissions themselves.
 */
@Component({
  selector: 'mgr-revenue-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [NgTemplateOutlet, MatTableModule, MatButtonToggleGroup, MatButtonToggle, MatProgressBar, PageStateView, LoadMore, MoneyPipe, LocalDatePipe, KindChip, EmptyState],
  templateUrl: './revenue.page.html',
  styleUrl: './revenue.page.scss',
})
export class RevenuePage {
  private readonly apollo = inject(Apollo);
  private readonly locale = inject(DISPLAY_LOCALE);

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
    refuse: (org) => (org.partnerRevenue ? null : NOT_AVAILABLE),
    title: (org) => `Revenue · ${org.name} · Manager`,
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
    return profile ? `Commission ${this.percent(profile.commissionRate)} · reseller discount ${this.percent(profile.resellerDiscountRate)}` : '';
  });

  protected readonly totalColumns = ['label', 'cashback', 'rebate', 'reimbursement', 'total'] as const;
  protected readonly commissionColumns = ['date', 'kind', 'client', 'base', 'rate', 'amount'] as const;
  protected readonly kindLabels = COMMISSION_KIND_LABELS;
  protected readonly periods: readonly { value: RevenuePeriod; label: string }[] = [
    { value: 'MONTH', label: 'Month' },
    { value: 'QUARTER', label: 'Quarter' },
    { value: 'YEAR', label: 'Year' },
  ];

  constructor() {
    inject(DestroyRef).onDestroy(() => this.commissions.destroy());
  }

  protected choosePeriod(period: RevenuePeriod): void {
    if (period === this.period()) return;
    this.period.set(period);
    this.page.refresh();
  }

  protected percent(rate: number): string {
    return formatPercent(rate, this.locale);
  }
}
