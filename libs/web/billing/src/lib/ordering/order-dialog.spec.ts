import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialog, MatDialogRef } from '@angular/material/dialog';
import { provideRouter } from '@angular/router';
import { memberAccess } from '@manager/web-data-access';
import { Apollo } from 'apollo-angular';
import { of, throwError } from 'rxjs';
import { OrderDialog, OrderDialogData } from './order-dialog';
import { OrderingContext } from './ordering-context';
import { RenewButton, OrderNewProductButton } from './order-buttons';
import { TopUpDialog } from '../billing/top-up-dialog';

const context = (over: Partial<OrderingContext> = {}): OrderingContext => ({
  organizationId: 'org-1',
  clientName: 'Léa Rossi',
  currency: 'CHF',
  viewer: memberAccess('LEGAL_RESPONSIBLE'),
  orderViewer: { via: 'MEMBER', billingPartnerName: null },
  canRenew: true,
  canOrderNew: true,
  topUpLink: ['/org', 'org-1', 'billing'],
  payerName: 'Léa Rossi',
  ...over,
});

const placed = {
  placeOrder: {
    order: { id: 'o1', kind: 'RENEWAL', productName: 'kDrive Photos', clientName: 'Léa Rossi', total: { amountMinor: 100, currency: 'CHF' }, net: { amountMinor: 100, currency: 'CHF' } },
    invoice: null,
    commission: null,
  },
};

function setup<T>(component: new (...args: never[]) => T, data: unknown, mutate: jest.Mock) {
  TestBed.configureTestingModule({
    providers: [
      provideRouter([]),
      { provide: Apollo, useValue: { mutate, query: jest.fn(() => of({ data: { organization: { newProductOffers: [] } } })) } },
      { provide: MAT_DIALOG_DATA, useValue: data },
      { provide: MatDialogRef, useValue: { close: jest.fn() } },
    ],
  });
  return TestBed.createComponent(component);
}

describe('OrderDialog idempotency', () => {
  const data: OrderDialogData = {
    context: context(),
    kind: 'RENEWAL',
    product: { id: 'p1', name: 'kDrive Photos', category: 'KDRIVE', publicPrice: { amountMinor: 11_900, currency: 'CHF' } },
  };

  it('sends the same key on a retry and on a double click within one dialog', async () => {
    const mutate = jest
      .fn()
      .mockReturnValueOnce(throwError(() => new Error('network down')))
      .mockReturnValue(of({ data: placed }));
    const fixture = setup(OrderDialog, data, mutate);
    const dialog = fixture.componentInstance as unknown as { confirm(): Promise<void> };
    await dialog.confirm();
    await dialog.confirm();
    const keys = mutate.mock.calls.map((c) => c[0].variables.input.idempotencyKey);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toBe(keys[1]);
    expect(keys[0].length).toBeGreaterThanOrEqual(8);
    expect(mutate.mock.calls[0][0].variables.input).toMatchObject({ organizationId: 'org-1', kind: 'RENEWAL', productId: 'p1' });
  });

  it('a new dialog is a new order: a new key', () => {
    const first = setup(OrderDialog, data, jest.fn()).componentInstance.orderInput()?.idempotencyKey;
    TestBed.resetTestingModule();
    const second = setup(OrderDialog, data, jest.fn()).componentInstance.orderInput()?.idempotencyKey;
    expect(first).toBeTruthy();
    expect(second).not.toBe(first);
  });

  it('shows who pays before confirming, then the missing amount with a top-up link when the wallet is short', async () => {
    const walletError = new CombinedGraphQLErrors({
      errors: [
        {
          message: 'The wallet does not cover this order of CHF 128.64: CHF 28.64 missing. Top up the wallet, then order again.',
          extensions: { code: 'BAD_USER_INPUT', field: 'wallet', missing: { amountMinor: 2_864, currency: 'CHF' } },
        },
      ],
    });
    const mutate = jest.fn(() => throwError(() => walletError));
    const fixture = setup(OrderDialog, data, mutate);
    fixture.detectChanges();
    const el: HTMLElement = fixture.nativeElement;
    expect(el.querySelector('[data-testid=payer-notice]')?.textContent).toContain('Léa Rossi pays for this renewal');
    await (fixture.componentInstance as unknown as { confirm(): Promise<void> }).confirm();
    fixture.detectChanges();
    expect(el.querySelector('[data-testid=order-missing]')?.textContent?.replace(/\u00a0/g, ' ')).toBe('CHF 28.64');
    expect(el.querySelector('[data-testid=order-top-up-link]')?.getAttribute('href')).toBe('/org/org-1/billing');
  });
});

describe('TopUpDialog idempotency', () => {
  it('one key per submitted amount; a retry of the same amount reuses it', async () => {
    const mutate = jest
      .fn()
      .mockReturnValueOnce(throwError(() => new Error('lost')))
      .mockReturnValueOnce(throwError(() => new Error('lost')))
      .mockReturnValue(of({ data: { topUpWallet: { wallet: { balance: { amountMinor: 1, currency: 'CHF' } } } } }));
    const fixture = setup(TopUpDialog, { organizationId: 'org-1', organizationName: 'Léa Rossi', currency: 'CHF' }, mutate);
    const dialog = fixture.componentInstance as unknown as { text: { set(v: string): void }; submit(): Promise<void> };
    dialog.text.set('250');
    await dialog.submit();
    await dialog.submit();
    dialog.text.set('300');
    await dialog.submit();
    const calls = mutate.mock.calls.map((c) => c[0].variables.input);
    expect(calls.map((i) => i.amountMinor)).toEqual([25_000, 25_000, 30_000]);
    expect(calls[0].idempotencyKey).toBe(calls[1].idempotencyKey);
    expect(calls[2].idempotencyKey).not.toBe(calls[0].idempotencyKey);
  });

  it('refuses amounts outside 1.00 .. 100,000.00 without calling the API', async () => {
    const mutate = jest.fn();
    const fixture = setup(TopUpDialog, { organizationId: 'org-1', organizationName: 'Léa Rossi', currency: 'CHF' }, mutate);
    const dialog = fixture.componentInstance as unknown as { text: { set(v: string): void }; submit(): Promise<void> };
    dialog.text.set('0.50');
    await dialog.submit();
    dialog.text.set('100000.01');
    await dialog.submit();
    expect(mutate).not.toHaveBeenCalled();
  });
});

describe('Renew / Order buttons follow the access', () => {
  const product = { id: 'p1', name: 'kDrive Photos', category: 'KDRIVE', publicPrice: { amountMinor: 100, currency: 'CHF' } };

  function render(ctx: OrderingContext | null) {
    const renew = setup(RenewButton, null, jest.fn());
    renew.componentRef.setInput('product', product);
    renew.componentRef.setInput('context', ctx);
    renew.detectChanges();
    const order = TestBed.createComponent(OrderNewProductButton);
    order.componentRef.setInput('context', ctx);
    order.detectChanges();
    return {
      renew: !!renew.nativeElement.querySelector('[data-testid=renew-button]'),
      order: !!order.nativeElement.querySelector('[data-testid=order-new-product]'),
    };
  }

  it('own LR/ADMIN: both', () => expect(render(context())).toEqual({ renew: true, order: true }));
  it('LIMITED partner: Renew only', () =>
    expect(render(context({ canOrderNew: false, viewer: { via: 'PARTNER', access: 'LIMITED', permissions: ['PRODUCTS_RENEW'] } }))).toEqual({ renew: true, order: false }));
  it('USER: neither', () => expect(render(context({ canRenew: false, canOrderNew: false }))).toEqual({ renew: false, order: false }));
  it('while loading: neither', () => expect(render(null)).toEqual({ renew: false, order: false }));
});

describe('Renew / Order buttons open the dialog they load on the first click', () => {
  const product = { id: 'p1', name: 'kDrive Photos', category: 'KDRIVE', publicPrice: { amountMinor: 100, currency: 'CHF' } };
  const order = placed.placeOrder.order;

  function clickWith<T extends RenewButton | OrderNewProductButton>(component: new (...args: never[]) => T, closedWith: unknown) {
    const open = jest.fn(() => ({ afterClosed: () => of(closedWith) }));
    TestBed.configureTestingModule({ providers: [provideRouter([]), { provide: MatDialog, useValue: { open } }] });
    const fixture = TestBed.createComponent(component);
    if (component === RenewButton) fixture.componentRef.setInput('product', product);
    fixture.componentRef.setInput('context', context());
    fixture.detectChanges();
    const emitted: unknown[] = [];
    fixture.componentInstance.ordered.subscribe((o) => emitted.push(o));
    (fixture.nativeElement.querySelector('button') as HTMLButtonElement).click();
    return { open, emitted };
  }

  it('Renew opens the order dialog for the product and passes the placed order on', async () => {
    const { open, emitted } = clickWith(RenewButton, order);
    await new Promise((done) => setTimeout(done, 50));
    expect(open).toHaveBeenCalledTimes(1);
    const [dialog, config] = open.mock.calls[0] as unknown as [unknown, { data: OrderDialogData; width: string }];
    expect(dialog).toBe(OrderDialog);
    expect(config.data).toEqual({ context: context(), kind: 'RENEWAL', product });
    expect(config.width).toBe('560px');
    expect(emitted).toEqual([order]);
  });

  it('a dialog closed without an order emits nothing', async () => {
    const { open, emitted } = clickWith(OrderNewProductButton, undefined);
    await new Promise((done) => setTimeout(done, 50));
    expect((open.mock.calls[0] as unknown as [unknown, { data: OrderDialogData }])[1].data.kind).toBe('NEW_PRODUCT');
    expect(emitted).toEqual([]);
  });
});
