import type { EntityManager } from 'typeorm';
import type { Currency, WalletEntryKind } from '@manager/domain';
import { updatedRows } from '../billing-columns';
import { describeLineInEveryLanguage } from '../descriptions/describe-line';
import type { LineFacts } from '../descriptions/line-facts';
import { WalletEntry } from './wallet-entry.entity';
import { Wallet } from './wallet.entity';

/**
 * The only way money moves: each change of a wallet's balance is written together with the
 * ledger entry that explains it, in the caller's transaction, on wallet rows the caller locked
 * with `lockWallets`. The CHECK (balance >= 0) is the last line of defence; callers check first
 * to answer with the missing amount.
 */

/**
 * Locks the wallets of `organizationIds` FOR UPDATE, always in id order so that two
 * transactions locking the same pair never deadlock. Every organization has its wallet (a
 * trigger creates it with the organization, the migration created the older ones, and it goes
 * only with the organization): a missing one is a bug, not a case to handle.
 */
export async function lockWallets(tx: EntityManager, organizationIds: string[]): Promise<Map<string, Wallet>> {
  const ids = [...new Set(organizationIds)].sort();
  const rows = await tx
    .createQueryBuilder(Wallet, 'w')
    .setLock('pessimistic_write')
    .where('w.organization_id = ANY(:ids)', { ids })
    .orderBy('w.organization_id')
    .getMany();
  const wallets = new Map(rows.map((wallet) => [wallet.organizationId, wallet]));
  const missing = ids.filter((id) => !wallets.has(id));
  if (missing.length) throw new Error(`ledger: no wallet for organization ${missing.join(', ')}`);
  return wallets;
}

export interface LedgerMovement {
  kind: WalletEntryKind;
  /** Signed: credits > 0, debits < 0. */
  amountMinor: number;
  currency: Currency;
  /** What the movement is for: the entry's sentence is written from it in each reader's language. */
  facts: LineFacts;
  orderId?: string | null;
  paymentId?: string | null;
}

/** Applies a movement to a locked wallet (updating the given object too) and appends its entry. */
export async function postToWallet(tx: EntityManager, wallet: Wallet, movement: LedgerMovement): Promise<WalletEntry> {
  if (movement.currency !== wallet.currency) {
    throw new Error(`ledger: ${movement.currency} movement on a ${wallet.currency} wallet`);
  }
  const [row] = updatedRows<{ balance_minor: string }>(await tx.query(
    `UPDATE wallet SET balance_minor = balance_minor + $2, updated_at = now() WHERE organization_id = $1 RETURNING balance_minor`,
    [wallet.organizationId, movement.amountMinor],
  ));
  wallet.balanceMinor = Number(row.balance_minor);
  return tx.save(
    tx.create(WalletEntry, {
      organizationId: wallet.organizationId,
      kind: movement.kind,
      amountMinor: movement.amountMinor,
      currency: movement.currency,
      balanceAfterMinor: wallet.balanceMinor,
      ...lineDescription(movement.facts),
      orderId: movement.orderId ?? null,
      paymentId: movement.paymentId ?? null,
    }),
  );
}

/** The columns of a row's description: the facts, the sentence in every language, and its English text (the column rows always had). */
export function lineDescription(facts: LineFacts): { description: string; descriptionFacts: LineFacts; descriptionTexts: ReturnType<typeof describeLineInEveryLanguage> } {
  const texts = describeLineInEveryLanguage(facts);
  return { description: texts.en, descriptionFacts: facts, descriptionTexts: texts };
}
