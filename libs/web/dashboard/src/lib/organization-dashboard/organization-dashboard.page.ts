import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, input, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatOption, MatSelect } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { OrderNewProductButton, RenewButton, injectOrderingContext } from '@manager/web-billing';
import { OrganizationDashboardDocument, OrganizationDashboardQuery, ProductCategory, pageQuery } from '@manager/web-data-access';
import { PRODUCT_CATEGORY_LABELS } from '@manager/domain/vocabulary';
import {
  CellLabel,
  CountryNamePipe,
  DaysFromTodayPipe,
  EmptyState,
  EntityTypePipe,
  KeysetList,
  LoadMore,
  LocalDatePipe,
  MoneyPipe,
  ORGANIZATION_NOT_FOUND,
  PageCard,
  PageStateView,
  ProductCategoryPipe,
  Skeleton,
  productCategoryLabel,
} from '@manager/web-ui';
import { Apollo } from 'apollo-angular';
import { map } from 'rxjs';
import { ProductStateChip } from './product-state-chip';

type Organization = OrganizationDashboardQuery['organization'];
type ProductPage = Organization['products'];
export type DashboardProduct = ProductPage['edges'][number]['node'];

export const PRODUCTS_PAGE_SIZE = 20;

/** Anything out of reach reads the same (NOT_FOUND, FORBIDDEN, a malformed id): never a hint it exists. */
const NOT_FOUND: PageCard = {
  ...ORGANIZATION_NOT_FOUND,
  message: $localize`:@@dashboard.organization.notFound:This organization does not exist or you do not have access to it. Pick another one in the organization switcher.`,
};

@Component({
  selector: 'mgr-organization-dashboard-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatTableModule,
    CellLabel,
    MatButton,
    MatFormField,
    MatLabel,
    MatSelect,
    MatOption,
    EmptyState,
    Skeleton,
    ProductStateChip,
    DaysFromTodayPipe,
    PageStateView,
    LoadMore,
    MoneyPipe,
    LocalDatePipe,
    ProductCategoryPipe,
    CountryNamePipe,
    EntityTypePipe,
    RenewButton,
    OrderNewProductButton,
  ],
  templateUrl: './organization-dashboard.page.html',
  styleUrl: './organization-dashboard.page.scss',
})
export class OrganizationDashboardPage {
  private readonly apollo = inject(Apollo);

  /** From the route (`/org/:orgId`), so each tab shows the organization in its own URL. */
  readonly orgId = input.required<string>();

  protected readonly notFound = NOT_FOUND;
  /** The category filter; null: every category. */
  protected readonly category = signal<ProductCategory | null>(null);
  protected readonly categories = Object.keys(PRODUCT_CATEGORY_LABELS) as ProductCategory[];
  protected readonly products = new KeysetList<DashboardProduct>({
    fetch: (after) =>
      this.apollo
        .query({
          query: OrganizationDashboardDocument,
          variables: { id: this.orgId(), first: PRODUCTS_PAGE_SIZE, after, category: this.category() },
        })
        .pipe(map((result) => result.data?.organization?.products)),
  });
  protected readonly page = pageQuery({
    key: () => this.orgId(),
    fetch: (id) =>
      this.apollo
        // Always asked again: access can end meanwhile (a partnership ended), then this shows "not found".
        .query({
          query: OrganizationDashboardDocument,
          variables: { id, first: PRODUCTS_PAGE_SIZE, category: this.category() },
          fetchPolicy: 'network-only',
        })
        .pipe(map((result) => result.data?.organization)),
    title: (organization) => `${organization.name} · Manager`,
    notFoundTitle: $localize`:@@dashboard.organization.notFoundTitle:Organization not found · Manager`,
    onData: (organization) => {
      this.products.clear();
      this.products.add(organization.products);
    },
  });
  /** Who may renew or order here, and who pays (billing, issue 5); null while loading. */
  protected readonly ordering = injectOrderingContext(this.orgId);
  protected readonly columns = computed(() =>
    this.ordering()?.canRenew
      ? ['name', 'category', 'state', 'renewal', 'price', 'actions']
      : ['name', 'category', 'state', 'renewal', 'price'],
  );

  constructor() {
    inject(DestroyRef).onDestroy(() => this.products.destroy());
  }

  /** The empty state of a filtered list: "This organization has no kDrive products." */
  protected noProductsIn(category: ProductCategory): string {
    return $localize`:@@dashboard.products.emptyCategoryMessage:This organization has no ${productCategoryLabel(category)}:category: products.`;
  }

  /** Another category (null: all): only the list loads again, the page stays. */
  protected filter(category: ProductCategory | null): void {
    if (category === this.category()) return;
    this.category.set(category);
    this.products.reload();
  }

  /** After an order: the renewal date moved, or a product was added. */
  protected ordered(): void {
    this.page.reload();
  }
}
