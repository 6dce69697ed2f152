import type { Currency } from '@manager/domain';

/** What we ask a payment provider to charge (a card on file, a payment link already confirmed...). */
export interface ChargeRequest {
  organizationId: string;
  amountMinor: number;
  currency: Currency;
  /** Ours, passed on so that the provider never charges twice for one top-up (retries, races). */
  idempotencyKey: string;
  description: string;
}

export type ChargeResult =
  | { status: 'SUCCEEDED'; reference: string }
  | { status: 'DECLINED'; reason: string };

/**
 * The port to a payment provider. A real adapter (Stripe, Datatrans, PostFinance...) implements
 * `charge` with the provider's own idempotency key set to `request.idempotencyKey`, so that a
 * top-up retried after a crash between the charge and our commit is answered with the same
 * charge instead of a second one.
 */
export interface PaymentProvider {
  /** Stored with each payment (`payment.provider`). */
  readonly name: string;
  charge(request: ChargeRequest): Promise<ChargeResult>;
}

/**
 * The provider of this process: the local fake unless the wiring sets a real one at start. A
 * module-level setting rather than a request-context field because it never changes between
 * requests (like the VIES verifier).
 */
let current: PaymentProvider | null = null;

export function setPaymentProvider(provider: PaymentProvider | null): void {
  current = provider;
}

export function paymentProvider(): PaymentProvider {
  current ??= new LocalFakePaymentProvider();
  return current;
}

/**
 * Development and tests: accepts every charge, answers the same reference for the same
 * idempotency key (as real providers do), and declines amounts ending in 13 minor units
 * (e.g. 100.13) so that a declined payment can be tried by hand and in tests.
 */
export class LocalFakePaymentProvider implements PaymentProvider {
  readonly name = 'local-fake';
  private readonly charged = new Map<string, string>();
  private sequence = 0;

  async charge(request: ChargeRequest): Promise<ChargeResult> {
    if (request.amountMinor % 100 === 13) return { status: 'DECLINED', reason: 'The card was declined (test amount ending in .13).' };
    let reference = this.charged.get(request.idempotencyKey);
    if (!reference) {
      this.sequence += 1;
      reference = `fake_${Date.now().toString(36)}_${this.sequence}_${Math.random().toString(36).slice(2, 10)}`;
      this.charged.set(request.idempotencyKey, reference);
    }
    return { status: 'SUCCEEDED', reference };
  }
}
