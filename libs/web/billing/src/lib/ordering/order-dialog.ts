import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogActions, MatDialogClose, MatDialogContent, MatDialogRef, MatDialogTitle } from '@angular/material/dialog';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatOptgroup, MatOption, MatSelect } from '@angular/material/select';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { OrderKind, ProductCategory } from '@manager/domain';
import { NewProductOffersDocument, PlaceOrderDocument, PlaceOrderMutation, apiError } from '@manager/web-data-access';
import { DISPLAY_LOCALE, productCategoryLabel, formatMoney } from '@manager/web-ui';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { Icon } from '@manager/web-ui/icons';
import { MoneyValue } from '../shared/money';
import { newIdempotencyKey } from '../shared/idempotency';
import { OrderSubject, payerNotice } from '../shared/payer-notice';
import { OrderingContext } from './ordering-context';
import { unreachable } from '../shared/unreachable';

export interface OrderDialogProduct {
  id: string;
  name: string;
  category: string;
  publicPrice: MoneyValue;
}

export interface OrderDialogData {
  context: OrderingContext;
  kind: OrderKind;
  /** RENEWAL: the product to renew. */
  product?: OrderDialogProduct;
}

interface Offer {
  category: ProductCategory;
  name: string;
  publicPrice: MoneyValue;
}

export type PlacedOrder = PlaceOrderMutation['placeOrder'];


/**
 * Renew a product, or order a new one: says who pays and the price before anything is charged,
 * then shows the order (and, for those who may see them, the invoice number and the commission).
 * One idempotency key per dialog and order, sent with every attempt: a double click or a retry
 * after a lost answer places the order once. Closes with the placed order (or undefined).
 */
@Component({
  selector: 'mgr-order-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    MatDialogTitle,
    MatDialogContent,
    MatDialogActions,
    MatDialogClose,
    MatButton,
    Icon,
    MatFormField,
    MatLabel,
    MatSelect,
    MatOption,
    MatOptgroup,
    MatProgressBar,
  ],
  templateUrl: './order-dialog.html',
  styleUrl: './order-dialog.scss',
})
export class OrderDialog {
  private readonly apollo = inject(Apollo);
  private readonly dialogRef = inject<MatDialogRef<OrderDialog, PlacedOrder | undefined>>(MatDialogRef);
  protected readonly data = inject<OrderDialogData>(MAT_DIALOG_DATA);
  private readonly locale = inject(DISPLAY_LOCALE);

  protected readonly offers = signal<Offer[] | null>(null);
  protected readonly offersFailed = signal(false);
  protected readonly offerKey = signal<string>('');
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly missing = signal<MoneyValue | null>(null);
  protected readonly result = signal<PlacedOrder | null>(null);

  /** One key per order this dialog may place: the same input always goes with the same key. */
  private readonly keys = new Map<string, string>();

  protected readonly offerGroups = computed(() => {
    const groups = new Map<string, Offer[]>();
    for (const offer of this.offers() ?? []) groups.set(offer.category, [...(groups.get(offer.category) ?? []), offer]);
    return [...groups.entries()].map(([category, offers]) => ({ label: productCategoryLabel(category), offers }));
  });
  protected readonly selectedOffer = computed(() => (this.offers() ?? []).find((o) => offerId(o) === this.offerKey()) ?? null);

  protected readonly subject = computed<OrderSubject | null>(() => {
    const { kind, product, context } = this.data;
    if (kind === 'RENEWAL' && product) {
      return { kind, clientName: context.clientName, productName: product.name, publicPrice: product.publicPrice };
    }
    const offer = this.selectedOffer();
    return offer ? { kind, clientName: context.clientName, productName: offer.name, publicPrice: offer.publicPrice, category: offer.category } : null;
  });
  protected readonly notice = computed(() => {
    const subject = this.subject();
    return subject ? payerNotice(subject, this.data.context.orderViewer, this.locale) : null;
  });

  constructor() {
    if (this.data.kind === 'NEW_PRODUCT') this.loadOffers();
  }

  protected chooseOffer(key: string): void {
    this.offerKey.set(key);
    this.error.set(null);
    this.missing.set(null);
  }

  protected async confirm(): Promise<void> {
    if (this.saving() || this.result()) return;
    const input = this.orderInput();
    if (!input) {
      this.error.set($localize`:@@billing.order.chooseFirst:Choose a product first.`);
      return;
    }
    this.saving.set(true);
    this.error.set(null);
    this.missing.set(null);
    try {
      const r = await firstValueFrom(this.apollo.mutate({ mutation: PlaceOrderDocument, variables: { input } }));
      const placed = r.data?.placeOrder;
      if (!placed) throw new Error('no data');
      this.result.set(placed);
    } catch (e) {
      const problem = apiError(e);
      if (problem?.extensions['field'] === 'wallet') {
        const missing = problem.extensions['missing'] as MoneyValue | undefined;
        this.missing.set(missing ?? null);
      }
      this.error.set(problem?.message ?? unreachable());
    } finally {
      this.saving.set(false);
    }
  }

  protected done(): void {
    this.dialogRef.close(this.result() ?? undefined);
  }

  protected money(value: MoneyValue): string {
    return formatMoney(value, this.locale);
  }

  protected offerId(offer: Offer): string {
    return offerId(offer);
  }

  /** The mutation's input, with the key of that exact order (created the first time it is asked for). */
  orderInput() {
    const { kind, product, context } = this.data;
    const offer = kind === 'NEW_PRODUCT' ? this.selectedOffer() : null;
    if (kind === 'RENEWAL' ? !product : !offer) return null;
    const fingerprint = kind === 'RENEWAL' ? `renewal:${product?.id}` : `new:${offer?.category}:${offer?.name}`;
    let key = this.keys.get(fingerprint);
    if (!key) {
      key = newIdempotencyKey();
      this.keys.set(fingerprint, key);
    }
    return {
      organizationId: context.organizationId,
      kind,
      productId: kind === 'RENEWAL' ? product?.id : undefined,
      offer: offer ? { category: offer.category, name: offer.name } : undefined,
      idempotencyKey: key,
    };
  }

  private loadOffers(): void {
    this.apollo
      .query({ query: NewProductOffersDocument, variables: { id: this.data.context.organizationId }, fetchPolicy: 'network-only' })
      .subscribe({
        next: (r) => this.offers.set(r.data?.organization.newProductOffers ?? []),
        error: () => this.offersFailed.set(true),
      });
  }
}

function offerId(offer: { category: string; name: string }): string {
  return `${offer.category}:${offer.name}`;
}
