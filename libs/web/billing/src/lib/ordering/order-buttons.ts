import { ChangeDetectionStrategy, Component, Injector, computed, inject, input, output } from '@angular/core';
import { loadInjectorWithApollo } from '@manager/web-data-access/light';
import { Icon } from '@manager/web-ui/icons';
// Native buttons in Material's style: they sit on the dashboard, which loads no MatButton.
import { Button } from '@manager/web-ui/native-form';
import type { Observable } from 'rxjs';
import type { OrderDialog, OrderDialogData, OrderDialogProduct, PlacedOrder } from './order-dialog';
import type { OrderingContext } from './ordering-context';

/**
 * Opens the order dialog, loading it (and MatDialog, its overlay, the select and form field it
 * uses, and Apollo, which it orders through) on the first click: the buttons sit on the
 * dashboard, which must not load all that to show a product list.
 */
async function openOrderDialog(injector: Injector, data: OrderDialogData): Promise<Observable<PlacedOrder | undefined>> {
  const [{ MatDialog }, { OrderDialog }, dialogInjector] = await Promise.all([
    import('@angular/material/dialog'),
    import('./order-dialog'),
    // The page's injector with the app's Apollo client, which the dashboard does not provide.
    loadInjectorWithApollo(injector),
  ]);
  return injector
    .get(MatDialog)
    .open<OrderDialog, OrderDialogData, PlacedOrder | undefined>(OrderDialog, { data, injector: dialogInjector, width: '560px', autoFocus: 'dialog' })
    .afterClosed();
}

/** "Renew" on a product row, shown when the viewer's access allows it; emits the order once placed. */
@Component({
  selector: 'mgr-renew-button',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [Button, Icon],
  template: `
    @if (context()?.canRenew) {
      @if (dueSoon()) {
        <button mgrButton="filled" type="button" data-testid="renew-button" data-due="soon" [attr.aria-label]="label()" (click)="open()">
          <mat-icon svgIcon="autorenew" aria-hidden="true" />
          <span class="label" i18n="@@billing.renew.button">Renew</span>
        </button>
      } @else {
        <button mgrButton="outlined" type="button" data-testid="renew-button" [attr.aria-label]="label()" (click)="open()">
          <mat-icon svgIcon="autorenew" aria-hidden="true" />
          <span class="label" i18n="@@billing.renew.button">Renew</span>
        </button>
      }
    }
  `,
  // A phone's product list has no room for the word: the icon stays, the name is in aria-label.
  styles: `
    @media (max-width: 600px) {
      .label {
        position: absolute;
        inline-size: 1px;
        block-size: 1px;
        overflow: hidden;
        clip-path: inset(50%);
        white-space: nowrap;
      }
      button {
        min-inline-size: 48px;
        padding-inline: 12px;
      }
      button mat-icon {
        margin: 0;
      }
    }
  `,
})
export class RenewButton {
  private readonly injector = inject(Injector);
  readonly product = input.required<OrderDialogProduct>();
  readonly context = input.required<OrderingContext | null>();
  /** A renewal due soon (or overdue): the filled button, so the few that matter stand out of the list. */
  readonly dueSoon = input(false);
  readonly ordered = output<PlacedOrder>();
  /** The product's name in the accessible name: a phone shows the icon alone. */
  protected readonly label = computed(() => {
    const product = this.product().name;
    return $localize`:@@billing.renew.label:Renew ${product}:product:`;
  });

  protected async open(): Promise<void> {
    const context = this.context();
    if (!context) return;
    const closed = await openOrderDialog(this.injector, { context, kind: 'RENEWAL', product: this.product() });
    closed.subscribe((placed) => placed && this.ordered.emit(placed));
  }
}

/** "Order a new product" for those who may order (own LR/ADMIN, a COMPLETE partner). */
@Component({
  selector: 'mgr-order-new-product-button',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [Button, Icon],
  template: `
    @if (context()?.canOrderNew) {
      <button mgrButton="filled" type="button" data-testid="order-new-product" (click)="open()">
        <mat-icon svgIcon="add-shopping-cart" aria-hidden="true" />
        <ng-container i18n="@@billing.orderNew.button">Order a new product</ng-container>
      </button>
    }
  `,
})
export class OrderNewProductButton {
  private readonly injector = inject(Injector);
  readonly context = input.required<OrderingContext | null>();
  readonly ordered = output<PlacedOrder>();

  protected async open(): Promise<void> {
    const context = this.context();
    if (!context) return;
    const closed = await openOrderDialog(this.injector, { context, kind: 'NEW_PRODUCT' });
    closed.subscribe((placed) => placed && this.ordered.emit(placed));
  }
}
