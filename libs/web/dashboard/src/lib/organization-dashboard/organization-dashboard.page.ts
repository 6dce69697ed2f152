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
  KeysetList,
} from '@manager/web-ui';
import { Apollo } from 'apollo-angular';
import { map, Subscription } from 'rxjs';

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
  private readonly list = new KeysetList<DashboardProduct>();
  protected readonly products = this.list.items;
  protected readonly totalCount = this.list.totalCount;
  protected readonly hasNextPage = this.list.hasNextPage;
  protected readonly loadingMore = this.list.loadingMore;
  protected readonly loadMoreFailed = this.list.loadMoreFailed;
  /** Who may renew or order here, and who pays (billing, issue 5); null while loading. */
  protected readonly ordering = injectOrderingContext(this.orgId);
  protected readonly columns = computed(() =>
    this.ordering()?.canRenew ? ['name', 'category', 'price', 'renewal', 'actions'] : ['name', 'category', 'price', 'renewal'],
  );
  protected readonly remaining = this.list.remaining;

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
    const id = this.orgId();
    this.request =
      this.list.loadMore((after) =>
        this.apollo
          .query({ query: OrganizationDashboardDocument, variables: { id, first: PRODUCTS_PAGE_SIZE, after } })
          .pipe(map((result) => (id === this.orgId() ? result.data?.organization?.products : null))),
      ) ?? this.request;
  }

  private load(id: string): void {
    this.request?.unsubscribe();
    this.status.set('loading');
    this.organization.set(null);
    this.list.clear();
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
          this.list.add(organization.products);
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
}
