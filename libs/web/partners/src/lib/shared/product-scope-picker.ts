import { ChangeDetectionStrategy, Component, computed, input, model, signal } from '@angular/core';
import { MatCheckbox } from '@angular/material/checkbox';
import { ProductCategoryPipe, productCategoryLabel } from '@manager/web-ui';
import { Icon } from '@manager/web-ui/icons';
import { ScopeCategory, ScopeProduct, groupByCategory, setCategory, toggleProduct } from './scope-selection';

/**
 * LIMITED scope: the categories with their counts on the left, the open category's products on
 * the right. Ticks are kept when another category is opened.
 */
@Component({
  selector: 'mgr-product-scope-picker',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatCheckbox, Icon, ProductCategoryPipe],
  template: `
    @if (categories().length === 0) {
      <p class="empty" i18n="@@partners.scopePicker.noProducts">This organization has no products yet: limited access needs at least one.</p>
    } @else {
      <div class="picker">
        <ul class="categories" aria-label="Product categories" i18n-aria-label="@@partners.scopePicker.categories">
          @for (c of categories(); track c.category) {
            <li>
              <button
                type="button"
                class="category"
                [class.open]="c.category === openCategory()?.category"
                [attr.aria-expanded]="c.category === openCategory()?.category"
                [attr.aria-controls]="panelId"
                (click)="opened.set(c.category)"
                data-testid="scope-category"
              >
                <span class="name">{{ c.category | productCategory }}</span>
                <span class="count" [class.some]="c.selectedCount > 0">{{ c.selectedCount }} / {{ c.products.length }}</span>
                <mat-icon svgIcon="chevron-right" aria-hidden="true" />
              </button>
            </li>
          }
        </ul>
        @if (openCategory(); as open) {
          <div class="products" [id]="panelId" role="group" [attr.aria-label]="categoryProductsLabel(open.category)">
            <mat-checkbox
              class="all"
              [checked]="open.selectedCount === open.products.length"
              [indeterminate]="open.selectedCount > 0 && open.selectedCount < open.products.length"
              (change)="selected.set(setAll(open, $event.checked))"
              i18n="@@partners.scopePicker.allInCategory"
            >All {{ open.category | productCategory }} products</mat-checkbox>
            @for (p of open.products; track p.id) {
              <mat-checkbox
                [checked]="isSelected(p)"
                (change)="selected.set(toggle(p, $event.checked))"
                data-testid="scope-product"
                [attr.data-product-id]="p.id"
              >
                {{ p.name }}
              </mat-checkbox>
            }
          </div>
        }
      </div>
      <p class="summary" aria-live="polite" data-testid="scope-summary">
        <ng-container i18n="@@partners.scopePicker.selectedCount">{selected().length, plural, =0 {No product selected} =1 {1 product selected} other {{{ selected().length }} products selected}}</ng-container>
      </p>
    }
  `,
  styles: `
    .picker {
      display: grid;
      grid-template-columns: minmax(200px, 280px) 1fr;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-large);
      overflow: hidden;
      background: var(--mat-sys-surface-container-lowest);
    }
    @media (max-width: 640px) {
      .picker {
        grid-template-columns: 1fr;
      }
    }
    .categories {
      margin: 0;
      padding: 8px;
      list-style: none;
      background: var(--mat-sys-surface-container-low);
      border-inline-end: 1px solid var(--mat-sys-outline-variant);
    }
    .category {
      display: flex;
      align-items: center;
      gap: 8px;
      inline-size: 100%;
      padding: 10px 12px;
      border: 0;
      border-radius: var(--mat-sys-corner-medium);
      background: transparent;
      color: var(--mat-sys-on-surface);
      font: var(--mat-sys-body-large);
      text-align: start;
      cursor: pointer;
      &:hover {
        background: color-mix(in srgb, var(--mat-sys-on-surface) 8%, transparent);
      }
      &.open {
        background: var(--mat-sys-secondary-container);
        color: var(--mat-sys-on-secondary-container);
      }
      &:focus-visible {
        outline: 2px solid var(--mat-sys-primary);
        outline-offset: -2px;
      }
      .name {
        flex: 1;
      }
      .count {
        font: var(--mat-sys-label-medium);
        color: var(--mat-sys-on-surface-variant);
        &.some {
          color: var(--mat-sys-primary);
        }
      }
    }
    .products {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      padding: 8px 16px;
      .all {
        align-self: stretch;
        border-block-end: 1px solid var(--mat-sys-outline-variant);
        padding-block-end: 4px;
        margin-block-end: 4px;
      }
    }
    .summary,
    .empty {
      margin: 12px 0 0;
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class ProductScopePicker {
  private static nextId = 0;
  readonly products = input.required<readonly ScopeProduct[]>();
  readonly selected = model<readonly string[]>([]);

  protected readonly panelId = `scope-products-${ProductScopePicker.nextId++}`;

  /** In TypeScript: an interpolated i18n attribute is bound as a DOM property, which `aria-label` is not. */
  protected categoryProductsLabel(category: string): string {
    return $localize`:@@partners.scopePicker.categoryProducts:${productCategoryLabel(category)}:INTERPOLATION: products`;
  }
  protected readonly opened = signal<string | null>(null);
  protected readonly categories = computed(() => groupByCategory(this.products(), this.selected()));
  protected readonly openCategory = computed<ScopeCategory | undefined>(() => {
    const list = this.categories();
    return list.find((c) => c.category === this.opened()) ?? list[0];
  });

  protected isSelected(product: ScopeProduct): boolean {
    return this.selected().includes(product.id);
  }

  protected toggle(product: ScopeProduct, checked: boolean): string[] {
    return toggleProduct(this.selected(), product.id, checked);
  }

  protected setAll(category: ScopeCategory, checked: boolean): string[] {
    return setCategory(this.selected(), category, checked);
  }
}
