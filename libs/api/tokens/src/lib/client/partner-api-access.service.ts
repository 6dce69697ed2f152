import {
  type Connection,
  forbidden,
  inTransaction,
  keysetKey,
  type KeysetOrder,
  keysetPage,
  livePartnershipCondition,
  notFound,
  pageRequest,
  readsClientPartnerships,
  recordAuditEvent,
  type RequestContext,
  requirePermission,
  sqlRead,
  type SqlReader,
} from '@manager/api-core';
import { type ApiTokenKind, type ApiTokenScopes, ROLES_ACTING_FOR_PARTNER } from '@manager/domain';
import { displayPrefix } from '../format/token-format';
import { scopeList } from '../manage/api-token-read';
import { PartnerApiAccess } from '../manage/api-token.types';
import { requirePerson } from '../manage/api-token.service';

/**
 * The client's view of partners' tokens ("API access" on its Partners tab): every token of a
 * partner with a live partnership with the client, active, selecting the client (or all clients),
 * whose person still acts for the partner — the tokens that can reach the client now — and those
 * the client blocked. One statement per page: it joins `partnership`, `organization`,
 * `partner_profile` and `membership`, declared as a read model in apps/api/src/table-ownership.ts.
 */

const ACTING_SQL = `(${ROLES_ACTING_FOR_PARTNER.map((role) => `'${role}'`).join(', ')})`;
const NEWEST_FIRST: KeysetOrder = { keys: [keysetKey.timestamp('t.created_at'), keysetKey.uuid('t.id')], direction: 'DESC' };

interface AccessRow {
  token_id: string;
  partner_organization_id: string;
  partner_name: string;
  name: string;
  kind: ApiTokenKind;
  public_id: string;
  scopes: ApiTokenScopes;
  created_by_name: string | null;
  expires_at: Date;
  created_at: Date;
  last_used_at: Date | null;
  blocked_at: Date | null;
}

const SELECT = `t.id AS token_id, t.owner_organization_id AS partner_organization_id, coalesce(pp.public_name, po.name) AS partner_name,
  t.name, t.kind, t.public_id, t.scopes, t.created_by_name, t.expires_at, t.created_at,
  (SELECT max(u.last_used_at) FROM api_token_usage u WHERE u.token_id = t.id AND u.organization_id = $1) AS last_used_at,
  b.blocked_at`;

const FROM = `api_token t
  JOIN partnership ps ON ps.partner_organization_id = t.owner_organization_id AND ps.client_organization_id = $1
  JOIN organization po ON po.id = t.owner_organization_id
  LEFT JOIN partner_profile pp ON pp.organization_id = t.owner_organization_id
  LEFT JOIN api_token_block b ON b.token_id = t.id AND b.client_organization_id = $1`;

/** The tokens that reach client `$1` through its live partnerships (blocked ones included: the client sees what it blocked). */
const REACHING = `${livePartnershipCondition('ps')}
  AND t.revoked_at IS NULL AND t.expires_at > now() AND t.disabled_at IS NULL
  AND (t.all_clients OR EXISTS (SELECT 1 FROM api_token_client c WHERE c.token_id = t.id AND c.client_organization_id = $1))
  AND EXISTS (SELECT 1 FROM membership am WHERE am.user_id = t.acting_user_id AND am.organization_id = t.owner_organization_id
                AND am.role IN ${ACTING_SQL})`;

function toAccess(row: AccessRow): PartnerApiAccess {
  return Object.assign(new PartnerApiAccess(), {
    tokenId: row.token_id,
    partnerOrganizationId: row.partner_organization_id,
    partnerName: row.partner_name,
    tokenName: row.name,
    kind: row.kind,
    displayPrefix: displayPrefix(row.kind, row.public_id),
    scopes: scopeList(row.scopes),
    createdByName: row.created_by_name,
    expiresAt: row.expires_at,
    lastUsedAt: row.last_used_at,
    blocked: row.blocked_at !== null,
    blockedAt: row.blocked_at,
    createdAt: row.created_at,
  });
}

/** Client side: its legal responsible and administrators (FORBIDDEN for others who reach it); never with a token. */
export async function partnerApiAccessPage(ctx: RequestContext, organizationId: string, first: number, after: string | null): Promise<Connection<PartnerApiAccess>> {
  requirePerson(ctx);
  const page = pageRequest(NEWEST_FIRST, first, after);
  if (!(await readsClientPartnerships(ctx, organizationId))) {
    throw forbidden("Only the organization's legal responsible and administrators see the partners' API access.");
  }
  return keysetPage(ctx.dataSource, { name: 'tokens.partner-api-access', select: SELECT, from: FROM, where: REACHING, params: [organizationId], order: NEWEST_FIRST, map: toAccess }, page);
}

async function accessOf(db: SqlReader, organizationId: string, tokenId: string): Promise<PartnerApiAccess | null> {
  const [row] = await sqlRead(
    db,
    { name: 'tokens.partner-api-access-one', text: `SELECT ${SELECT} FROM ${FROM} WHERE ${REACHING} AND t.id = $2`, values: [organizationId, tokenId] },
    toAccess,
  );
  return row ?? null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The client's legal responsible blocks (or unblocks) a partner's token for the client only:
 * from the next request the token reaches everything it did, except this organization. A token
 * that does not reach the client (another's, revoked, made up) is NOT_FOUND, like a made-up id.
 */
export async function setPartnerTokenBlocked(ctx: RequestContext, organizationId: string, tokenId: string, blocked: boolean): Promise<PartnerApiAccess> {
  const userId = requirePerson(ctx);
  await requirePermission(ctx, organizationId, 'PARTNERS_MANAGE', "Only the organization's legal responsible blocks a partner's API token.");
  if (!UUID.test(tokenId)) throw notFound('API token');
  await inTransaction(ctx, async (txc) => {
    const { tx } = txc;
    const access = await accessOf(tx, organizationId, tokenId);
    if (!access) throw notFound('API token');
    if (access.blocked === blocked) return;
    if (blocked) {
      await tx.query(
        `INSERT INTO api_token_block (token_id, client_organization_id, blocked_by_user_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
        [tokenId, organizationId, userId],
      );
    } else {
      await tx.query(`DELETE FROM api_token_block WHERE token_id = $1 AND client_organization_id = $2`, [tokenId, organizationId]);
    }
    await recordAuditEvent(txc, {
      organizationId,
      action: blocked ? 'api_token.blocked' : 'api_token.unblocked',
      data: { tokenName: access.tokenName, partnerName: access.partnerName },
      targetId: tokenId,
    });
  });
  ctx.log.info({ tokenId, organizationId, blocked }, blocked ? 'partner API token blocked' : 'partner API token unblocked');
  return (await accessOf(ctx.dataSource, organizationId, tokenId)) as PartnerApiAccess;
}
