import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, input, signal } from '@angular/core';
import { OrderNewProductButton, RenewButton, injectOrderingContext } from '@manager/web-billing';
import { GraphqlClient, OrganizationDashboardDocument, OrganizationDashboardQuery, ProductCategory, pageQuery } from '@manager/web-data-access/light';
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
import { Button } from '@manager/web-ui/native-form';
import { NativeSelect, SelectField } from '@manager/web-ui/native-select';
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
  // A native table, select and buttons, not MatTable, MatSelect and MatButton: the dashboard is the
  // first screen after signing in, and they would bring the CDK table, overlay and a11y, options,
  // ripples and @angular/forms.
  imports: [
    CellLabel,
    Button,
    SelectField,
    NativeSelect,
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
  // Not Apollo: the dashboard is the first screen after signing in, and loads no GraphQL client.
  private readonly graphql = inject(GraphqlClient);

  /** From the route (`/org/:orgId`), so each tab shows the organization in its own URL. */
  readonly orgId = input.required<string>();

  protected readonly notFound = NOT_FOUND;
  /** The category filter; null: every category. */
  protected readonly category = signal<ProductCategory | null>(null);
  protected readonly categories = Object.keys(PRODUCT_CATEGORY_LABELS) as ProductCategory[];
  protected readonly products = new KeysetList<DashboardProduct>({
    fetch: (after) =>
      this.graphql
        .query(OrganizationDashboardDocument, { id: this.orgId(), first: PRODUCTS_PAGE_SIZE, after, category: this.category() })
        .pipe(map((data) => data.organization?.products)),
  });
  protected readonly page = pageQuery({
    key: () => this.orgId(),
    // Always asked (no cache): access can end meanwhile (a partnership ended), then this shows "not found".
    fetch: (id) =>
      this.graphql
        .query(OrganizationDashboardDocument, { id, first: PRODUCTS_PAGE_SIZE, category: this.category() })
        .pipe(map((data) => data.organization)),
    title: (organization) => `${organization.name} · Manager`,
    notFoundTitle: $localize`:@@dashboard.organization.notFoundTitle:Organization not found · Manager`,
    onData: (organization) => {
      this.products.clear();
      this.products.add(organization.products);
    },
  });
  /** Who may renew or order here, and who pays (billing, issue 5); null while loading. */
  protected readonly ordering = injectOrderingContext(this.orgId);
  /** The Renew column, for those who may renew. */
  protected readonly canRenew = computed(() => this.ordering()?.canRenew ?? false);

  constructor() {
    inject(DestroyRef).onDestroy(() => this.products.destroy());
  }

  /** The empty state of a filtered list: "This organization has no kDrive products." */
  protected noProductsIn(category: ProductCategory): string {
    return $localize`:@@dashboard.products.emptyCategoryMessage:This organization has no ${productCategoryLabel(category)}:category: products.`;
  }

  /** The filter's choice: 'ALL' or a category. */
  protected chosen(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    this.filter(value === 'ALL' ? null : (value as ProductCategory));
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
