import { ChangeDetectionStrategy, Component, DestroyRef, computed, effect, inject, signal, untracked, LOCALE_ID } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatButtonToggle, MatButtonToggleGroup } from '@angular/material/button-toggle';
import { MatProgressBar } from '@angular/material/progress-bar';
import { NgTemplateOutlet } from '@angular/common';
import { MatTableModule } from '@angular/material/table';
import { Title } from '@angular/platform-browser';
import { CommissionRowFragment, PartnerRevenueDocument, PartnerRevenueQuery, RevenuePeriod, apiError } from '@manager/web-data-access';
import { EmptyState, LocalDatePipe, KeysetList, MoneyPipe, formatPercent } from '@manager/web-ui';
import { Apollo } from 'apollo-angular';
import { map, Subscription } from 'rxjs';
import { COMMISSION_KIND_LABELS } from '../shared/billing-labels';
import { KindChip } from '../shared/kind-chip';
import { injectRouteParam } from '../shared/route-param';

type Organization = PartnerRevenueQuery['organization'];
type Revenue = NonNullable<Organization['partnerRevenue']>;

export const COMMISSIONS_PAGE_SIZE = 20;
const HIDDEN = new Set(['NOT_FOUND', 'FORBIDDEN', 'BAD_USER_INPUT']);

/**
 * A partner organization's revenue (its LR/ADMIN): the total of its commissions, totals per
 * month, quarter or year and per client, and the commissions themselves.
 */
@Component({
  selector: 'mgr-revenue-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [NgTemplateOutlet, MatTableModule, MatButton, MatButtonToggleGroup, MatButtonToggle, MatProgressBar, EmptyState, MoneyPipe, LocalDatePipe, KindChip],
  templateUrl: './revenue.page.html',
  styleUrl: './revenue.page.scss',
})
export class RevenuePage {
  private readonly apollo = inject(Apollo);
  private readonly title = inject(Title);
  private readonly locale = inject(LOCALE_ID);

  protected readonly orgId = injectRouteParam('orgId');
  protected readonly period = signal<RevenuePeriod>('MONTH');
  protected readonly status = signal<'loading' | 'ready' | 'not-found' | 'forbidden' | 'error'>('loading');
  protected readonly organization = signal<Organization | null>(null);
  protected readonly revenue = signal<Revenue | null>(null);
  protected readonly periodLoading = signal(false);
  private readonly list = new KeysetList<CommissionRowFragment>();
  protected readonly commissions = this.list.items;
  protected readonly commissionsTotal = this.list.totalCount;
  protected readonly hasNextPage = this.list.hasNextPage;
  protected readonly loadingMore = this.list.loadingMore;
  protected readonly loadMoreFailed = this.list.loadMoreFailed;
  protected readonly rates = computed(() => {
    const profile = this.organization()?.partnerProfile;
    return profile
      ? `Commission ${this.percent(profile.commissionRate)} · reseller discount ${this.percent(profile.resellerDiscountRate)}`
      : '';
  });

  protected readonly totalColumns = ['label', 'cashback', 'rebate', 'reimbursement', 'total'] as const;
  protected readonly commissionColumns = ['date', 'kind', 'client', 'base', 'rate', 'amount'] as const;
  protected readonly kindLabels = COMMISSION_KIND_LABELS;
  protected readonly periods: readonly { value: RevenuePeriod; label: string }[] = [
    { value: 'MONTH', label: 'Month' },
    { value: 'QUARTER', label: 'Quarter' },
    { value: 'YEAR', label: 'Year' },
  ];

  private request?: Subscription;

  constructor() {
    effect(() => {
      const id = this.orgId();
      untracked(() => this.load(id, true));
    });
    inject(DestroyRef).onDestroy(() => this.request?.unsubscribe());
  }

  protected retry(): void {
    this.load(this.orgId(), true);
  }

  protected choosePeriod(period: RevenuePeriod): void {
    if (period === this.period()) return;
    this.period.set(period);
    this.load(this.orgId(), false);
  }

  protected percent(rate: number): string {
    return formatPercent(rate, this.locale);
  }

  protected loadMore(): void {
    this.list.loadMore((after) =>
      this.apollo
        .query({
          query: PartnerRevenueDocument,
          variables: { id: this.orgId(), period: this.period(), first: COMMISSIONS_PAGE_SIZE, after },
          fetchPolicy: 'network-only',
        })
        .pipe(map((r) => r.data?.organization.partnerRevenue?.commissions)),
    );
  }

  /** `full`: the whole page (first visit, retry); otherwise only the period totals change. */
  private load(id: string, full: boolean): void {
    this.request?.unsubscribe();
    if (full) this.status.set('loading');
    else this.periodLoading.set(true);
    this.request = this.apollo
      .query({ query: PartnerRevenueDocument, variables: { id, period: this.period(), first: COMMISSIONS_PAGE_SIZE }, fetchPolicy: 'network-only' })
      .subscribe({
        next: (r) => {
          this.periodLoading.set(false);
          const org = r.data?.organization;
          if (!org) return this.status.set('error');
          this.organization.set(org);
          this.title.setTitle(`Revenue · ${org.name} · Manager`);
          if (!org.partnerRevenue) return this.status.set('forbidden');
          this.revenue.set(org.partnerRevenue);
          if (full) {
            this.list.clear();
            this.list.add(org.partnerRevenue.commissions);
          }
          this.status.set('ready');
        },
        error: (e: unknown) => {
          this.periodLoading.set(false);
          const code = apiError(e)?.code;
          this.status.set(code && HIDDEN.has(code) ? 'not-found' : 'error');
        },
      });
  }
}
