import { PARTNERSHIP_TRANSITIONS, PartnershipStatus } from '@manager/domain';
import type { TxContext } from '@manager/api-core';
import { isPartnershipTransition, transitionPartnership } from './partnership-transition';

const STATUSES = Object.values(PartnershipStatus);
const PAIRS = STATUSES.flatMap((from) => STATUSES.map((to) => [from, to] as const));
const LEGAL = new Set(Object.entries(PARTNERSHIP_TRANSITIONS).flatMap(([from, tos]) => tos.map((to) => `${from}→${to}`)));

/** A transaction that fails the test if anything reaches it: a refused pair must not query at all. */
const untouchable = new Proxy({} as TxContext, {
  get: () => {
    throw new Error('the transaction was used');
  },
});

describe('partnership transitions', () => {
  it('the domain allows exactly the documented lifecycle', () => {
    // Written out independently of the table, so an edit to it is a visible decision.
    expect([...LEGAL].sort()).toEqual(['ACTIVE→TERMINATED', 'PENDING→ACTIVE', 'PENDING→CANCELLED', 'PENDING→REFUSED']);
  });

  it.each(PAIRS)('%s → %s is accepted exactly when PARTNERSHIP_TRANSITIONS lists it', (from, to) => {
    expect(isPartnershipTransition(from, to)).toBe(LEGAL.has(`${from}→${to}`));
  });

  it.each(PAIRS.filter(([from, to]) => !LEGAL.has(`${from}→${to}`)))(
    '%s → %s is refused as a programming error, before any query',
    async (from, to) => {
      await expect(transitionPartnership(untouchable, 'some-id', from, to)).rejects.toThrow(`${from} → ${to} is not in PARTNERSHIP_TRANSITIONS`);
    },
  );

  it.each(PAIRS.filter(([from, to]) => LEGAL.has(`${from}→${to}`)))('%s → %s reaches the guarded UPDATE', async (from, to) => {
    await expect(transitionPartnership(untouchable, 'some-id', from, to)).rejects.toThrow('the transaction was used');
  });
});
