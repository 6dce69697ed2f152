import type { EntityManager } from 'typeorm';
import type { RequestContext } from './request-context';

/**
 * The request inside its one transaction: everything a service knows about the request, plus the
 * transaction's manager. A function that runs inside the transaction and needs the request takes
 * this as its FIRST parameter (never the context and the manager apart, in whichever order);
 * helpers that need no request (throttles, ledgers, jobs) take the bare `EntityManager` first.
 */
export interface TxContext extends RequestContext {
  readonly tx: EntityManager;
}

/**
 * Runs `work` in one transaction and hands it the request with that transaction attached.
 * The TxContext is a copy of `ctx` (like `{ ...ctx, actor }` elsewhere): sign in or out on the
 * request's own context, after the transaction, not on the copy.
 *
 * @example
 * return inTransaction(ctx, async (txc) => {
 *   const member = await lockMembership(txc, organizationId, userId);
 *   await recordAuditEvent(txc, { organizationId, action: 'member.removed', summary });
 * });
 */
export function inTransaction<T>(ctx: RequestContext, work: (txc: TxContext) => Promise<T>): Promise<T> {
  return ctx.dataSource.transaction((tx) => work({ ...ctx, tx }));
}
