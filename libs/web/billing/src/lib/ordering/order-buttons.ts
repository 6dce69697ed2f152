import { ChangeDetectionStrategy, Component, Injector, inject, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { Icon } from '@manager/web-ui/icons';
import { OrderDialog, OrderDialogData, OrderDialogProduct, PlacedOrder } from './order-dialog';
import { OrderingContext } from './ordering-context';

function openOrderDialog(dialog: MatDialog, injector: Injector, data: OrderDialogData) {
  // The page's injector: the dialog reaches the same Apollo client as the page.
  return dialog.open<OrderDialog, OrderDialogData, PlacedOrder | undefined>(OrderDialog, { data, injector, width: '560px', autoFocus: 'dialog' });
}

/** "Renew" on a product row, shown when the viewer's access allows it; emits the order once placed. */
@Component({
  selector: 'mgr-renew-button',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, Icon],
  template: `
    @if (context()?.canRenew) {
      <button mat-stroked-button type="button" data-testid="renew-button" [attr.aria-label]="'Renew ' + product().name" (click)="open()">
        <mat-icon svgIcon="autorenew" aria-hidden="true" />
        Renew
      </button>
    }
  `,
})
export class RenewButton {
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  readonly product = input.required<OrderDialogProduct>();
  readonly context = input.required<OrderingContext | null>();
  readonly ordered = output<PlacedOrder>();

  protected open(): void {
    const context = this.context();
    if (!context) return;
    openOrderDialog(this.dialog, this.injector, { context, kind: 'RENEWAL', product: this.product() })
      .afterClosed()
      .subscribe((placed) => placed && this.ordered.emit(placed));
  }
}

/** "Order a new product" for those who may order (own LR/ADMIN, a COMPLETE partner). */
@Component({
  selector: 'mgr-order-new-product-button',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, Icon],
  template: `
    @if (context()?.canOrderNew) {
      <button mat-flat-button type="button" data-testid="order-new-product" (click)="open()">
        <mat-icon svgIcon="add-shopping-cart" aria-hidden="true" />
        Order a new product
      </button>
    }
  `,
})
export class OrderNewProductButton {
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  readonly context = input.required<OrderingContext | null>();
  readonly ordered = output<PlacedOrder>();

  protected open(): void {
    const context = this.context();
    if (!context) return;
    openOrderDialog(this.dialog, this.injector, { context, kind: 'NEW_PRODUCT' })
      .afterClosed()
      .subscribe((placed) => placed && this.ordered.emit(placed));
  }
}
