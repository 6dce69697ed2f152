import type { EntityManager } from 'typeorm';
import { type CommissionDecision, commissionAmount, type PriceList, priceIn } from '@manager/domain';
import { postToWallet } from '../wallet/wallet-ledger';
import type { Wallet } from '../wallet/wallet.entity';
import { Commission } from './commission.entity';

/**
 * Records what the partner earned on an order and credits it to its (locked) wallet with a
 * COMMISSION entry, in the caller's transaction. Base: the public price in the partner's wallet
 * currency (converted at the operator's rates when the price is in the other one); amount = rate
 * × base, half-up once. Nothing is written when the amount rounds to zero (a 0 % rate).
 */
export async function creditCommission(
  tx: EntityManager,
  decision: CommissionDecision,
  context: { orderId: string; clientOrganizationId: string; clientName: string; productName: string; publicPrice: PriceList; partnerCountry: string | null },
  partnerWallet: Wallet,
): Promise<Commission | null> {
  const baseMinor = priceIn(context.publicPrice, partnerWallet.currency);
  const amountMinor = commissionAmount(baseMinor, decision.rateBp);
  if (amountMinor <= 0) return null;
  const commission = await tx.save(
    tx.create(Commission, {
      orderId: context.orderId,
      partnerOrganizationId: decision.partnerOrganizationId,
      clientOrganizationId: context.clientOrganizationId,
      clientName: context.clientName,
      kind: decision.kind,
      rateBp: decision.rateBp,
      currency: partnerWallet.currency,
      baseMinor,
      amountMinor,
    }),
  );
  await postToWallet(tx, partnerWallet, {
    kind: 'COMMISSION',
    amountMinor,
    currency: partnerWallet.currency,
    facts: {
      kind: 'COMMISSION',
      commission: decision.kind,
      rateBp: decision.rateBp,
      base: { amountMinor: baseMinor, currency: partnerWallet.currency },
      product: context.productName,
      client: context.clientName,
      country: context.partnerCountry,
    },
    orderId: context.orderId,
  });
  return commission;
}
