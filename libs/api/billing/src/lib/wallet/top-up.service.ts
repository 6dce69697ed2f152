import { badUserInput, conflict, recordAuditEvent, requireActor, requirePermission, type RequestContext, inTransaction } from '@manager/api-core';
import { formatAmount } from '../billing-format';
import { fingerprint, lockIdempotencyKey } from '../billing-idempotency';
import { paymentProvider } from '../payments/payment-provider';
import { Payment } from '../payments/payment.entity';
import type { TopUpWalletInput } from './top-up.input';
import { lockWallets, postToWallet } from './wallet-ledger';
import { Wallet } from './wallet.entity';

/** A wallet holds at most 10,000,000.00: beyond, GraphQL's Int could not carry the balance. */
export const MAX_WALLET_BALANCE_MINOR = 1_000_000_000;

/**
 * The organization's own legal responsible or administrators (BILLING_MANAGE; partners never)
 * top up its wallet: the provider charges, then in one transaction the payment, the balance, a
 * TOP_UP ledger entry and an audit event. The same key with the same input again returns the
 * wallet without charging; with another input it is a CONFLICT.
 */
export async function topUpWallet(ctx: RequestContext, input: TopUpWalletInput): Promise<Wallet> {
  const actor = requireActor(ctx);
  await requirePermission(ctx, input.organizationId, 'BILLING_MANAGE', 'Only the legal responsible and administrators top up the wallet.');
  const print = fingerprint({ organizationId: input.organizationId, amountMinor: input.amountMinor });

  return inTransaction(ctx, async (txc) => {
    const { tx } = txc;
    await lockIdempotencyKey(tx, 'top-up', actor.userId, input.idempotencyKey);
    const previous = await tx.findOne(Payment, { where: { paidByUserId: actor.userId, idempotencyKey: input.idempotencyKey } });
    if (previous) {
      if (previous.fingerprint !== print) {
        throw conflict('This idempotency key was already used for another top-up: use a new key.', 'idempotencyKey');
      }
      return tx.findOneOrFail(Wallet, { where: { organizationId: previous.organizationId } });
    }

    // Read without a lock (currency, overflow) so that the wallet is not held during the charge.
    const before = await tx.findOneOrFail(Wallet, { where: { organizationId: input.organizationId } });
    if (before.balanceMinor + input.amountMinor > MAX_WALLET_BALANCE_MINOR) {
      throw badUserInput('amountMinor', `A wallet holds at most ${formatAmount(MAX_WALLET_BALANCE_MINOR, before.currency)}.`);
    }
    const provider = paymentProvider();
    const charge = await provider.charge({
      organizationId: input.organizationId,
      amountMinor: input.amountMinor,
      currency: before.currency,
      idempotencyKey: `${actor.userId}:${input.idempotencyKey}`,
      // What the payer's statement shows: the amount is needed there.
      description: `Wallet top-up of ${formatAmount(input.amountMinor, before.currency)}`,
    });
    if (charge.status !== 'SUCCEEDED') throw badUserInput('amountMinor', `The payment was declined: ${charge.reason}`);

    const current = (await lockWallets(tx, [input.organizationId])).get(input.organizationId) as Wallet;
    const payment = await tx.save(
      tx.create(Payment, {
        organizationId: input.organizationId,
        paidByUserId: actor.userId,
        amountMinor: input.amountMinor,
        currency: current.currency,
        provider: provider.name,
        providerReference: charge.reference,
        status: 'SUCCEEDED',
        idempotencyKey: input.idempotencyKey,
        fingerprint: print,
      }),
    );
    await postToWallet(tx, current, {
      kind: 'TOP_UP',
      amountMinor: input.amountMinor,
      currency: current.currency,
      // The ledger row shows the amount beside it, and its kind: the description adds neither.
      facts: { kind: 'TOP_UP' },
      paymentId: payment.id,
    });
    await recordAuditEvent(txc, {
      organizationId: input.organizationId,
      action: 'wallet.topped_up',
      data: {
        amount: { amountMinor: input.amountMinor, currency: current.currency },
        balance: { amountMinor: current.balanceMinor, currency: current.currency },
      },
      targetId: payment.id,
    });
    return tx.findOneOrFail(Wallet, { where: { organizationId: input.organizationId } });
  });
}
