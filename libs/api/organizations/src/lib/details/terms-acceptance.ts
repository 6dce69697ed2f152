import type { TxContext } from '@manager/api-core';
import { CURRENT_TERMS_VERSION } from '@manager/domain';
import type { TermsAcceptanceContext } from './terms-acceptance.entity';

/**
 * Stores that the acting person accepted the current terms for the organization, in the caller's
 * transaction. The version was checked by the input (`termsVersion` must be the current one).
 */
export async function recordTermsAcceptance(
  ctx: TxContext,
  organizationId: string,
  context: TermsAcceptanceContext,
): Promise<{ id: string; version: string; acceptedAt: Date }> {
  const { tx } = ctx;
  const [row]: { id: string; accepted_at: Date }[] = await tx.query(
    `INSERT INTO terms_acceptance (user_id, organization_id, version, context, ip)
     VALUES ($1, $2, $3, $4, $5) RETURNING id, accepted_at`,
    [ctx.actor?.userId ?? null, organizationId, CURRENT_TERMS_VERSION, context, ctx.ip],
  );
  return { id: row.id, version: CURRENT_TERMS_VERSION, acceptedAt: row.accepted_at };
}
