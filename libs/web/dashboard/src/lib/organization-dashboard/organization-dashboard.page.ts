import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { Title } from '@angular/platform-browser';
import { OrderNewProductButton, RenewButton, injectOrderingContext } from '@manager/web-billing';
import { OrganizationDashboardDocument, OrganizationDashboardQuery, apiError } from '@manager/web-data-access';
import {
  CountryNamePipe,
  EmptyState,
  EntityTypePipe,
  LocalDatePipe,
  MoneyPipe,
  ProductCategoryPipe,
  RoleLabelPipe,
} from '@manager/web-ui';
import { Apollo } from 'apollo-angular';
import { Subscription } from 'rxjs';

type Organization = OrganizationDashboardQuery['organization'];
type ProductPage = Organization['products'];
export type DashboardProduct = ProductPage['edges'][number]['node'];

export const PRODUCTS_PAGE_SIZE = 20;

/** Codes that mean "you cannot see this organization": all shown the same, never hinting it exists. */
const HIDDEN = new Set(['NOT_FOUND', 'FORBIDDEN', 'BAD_USER_INPUT']);

@Component({
  selector: 'mgr-organization-dashboard-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatTableModule,
    MatButton,
    MatProgressBar,
    EmptyState,
    MoneyPipe,
    LocalDatePipe,
    ProductCategoryPipe,
    CountryNamePipe,
    EntityTypePipe,
    RoleLabelPipe,
    RenewButton,
    OrderNewProductButton,
  ],
  templateUrl: './organization-dashboard.page.html',
  styleUrl: './organization-dashboard.page.scss',
})
export class OrganizationDashboardPage {
  private readonly apollo = inject(Apollo);
  private readonly title = inject(Title);

  /** From the route (`/org/:orgId`), so each tab shows the organization in its own URL. */
  readonly orgId = input.required<string>();

  protected readonly status = signal<'loading' | 'ready' | 'not-found' | 'error'>('loading');
  protected readonly organization = signal<Organization | null>(null);
  protected readonly products = signal<DashboardProduct[]>([]);
  protected readonly totalCount = signal(0);
  protected readonly hasNextPage = signal(false);
  protected readonly loadingMore = signal(false);
  protected readonly loadMoreFailed = signal(false);
  /** Who may renew or order here, and who pays (billing, issue 5); null while loading. */
  protected readonly ordering = injectOrderingContext(this.orgId);
  protected readonly columns = computed(() =>
    this.ordering()?.canRenew ? ['name', 'category', 'price', 'renewal', 'actions'] : ['name', 'category', 'price', 'renewal'],
  );
  protected readonly remaining = computed(() => Math.max(0, this.totalCount() - this.products().length));

  private endCursor: string | null = null;
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

  /** After an order: the renewal date moved, or a product was added. */
  protected ordered(): void {
    this.load(this.orgId());
  }

  protected loadMore(): void {
    if (this.loadingMore() || !this.hasNextPage()) return;
    this.loadingMore.set(true);
    this.loadMoreFailed.set(false);
    const id = this.orgId();
    this.request = this.apollo
      .query({
        query: OrganizationDashboardDocument,
        variables: { id, first: PRODUCTS_PAGE_SIZE, after: this.endCursor },
      })
      .subscribe({
        next: (result) => {
          const organization = result.data?.organization;
          if (organization && id === this.orgId()) this.addPage(organization.products);
          this.loadingMore.set(false);
        },
        error: () => {
          this.loadMoreFailed.set(true);
          this.loadingMore.set(false);
        },
      });
  }

  private load(id: string): void {
    this.request?.unsubscribe();
    this.status.set('loading');
    this.organization.set(null);
    this.products.set([]);
    this.loadingMore.set(false);
    this.loadMoreFailed.set(false);
    this.endCursor = null;
    this.request = this.apollo
      // Always asked again: access can end meanwhile (a partnership ended), then this shows "not found".
      .query({ query: OrganizationDashboardDocument, variables: { id, first: PRODUCTS_PAGE_SIZE }, fetchPolicy: 'network-only' })
      .subscribe({
        next: (result) => {
          const organization = result.data?.organization;
          if (!organization) {
            this.status.set('error');
            return;
          }
          this.organization.set(organization);
          this.addPage(organization.products);
          this.status.set('ready');
          this.title.setTitle(`${organization.name} · Manager`);
        },
        error: (e: unknown) => {
          const code = apiError(e)?.code;
          this.status.set(code && HIDDEN.has(code) ? 'not-found' : 'error');
          if (this.status() === 'not-found') this.title.setTitle('Organization not found · Manager');
        },
      });
  }

  private addPage(page: ProductPage): void {
    const known = new Set(this.products().map((p) => p.id));
    this.products.update((list) => [...list, ...page.edges.map((e) => e.node).filter((p) => !known.has(p.id))]);
    this.totalCount.set(page.totalCount);
    this.hasNextPage.set(page.pageInfo.hasNextPage);
    this.endCursor = page.pageInfo.endCursor;
  }
}
