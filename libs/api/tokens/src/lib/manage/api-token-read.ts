import type { EntityManager } from 'typeorm';
import {
  type Connection,
  keysetKey,
  type KeysetOrder,
  keysetPage,
  pageRequest,
  type RequestContext,
  sqlRead,
  type SqlReader,
} from '@manager/api-core';
import { API_TOKEN_RULES, type ApiScopeLevel, ApiScopeResource, type ApiTokenKind, type ApiTokenScopes } from '@manager/domain';
import { displayPrefix } from '../format/token-format';
import { ApiTokenClient, ApiTokenClientUse, ApiTokenScope, type ApiTokenStatus, ApiTokenView } from './api-token.types';

/**
 * The token lists' SQL. Reads `membership` (is the person bounding the token still a member of
 * its owner? that is its SUSPENDED status) and `organization` (the names of selected clients)
 * in the same statements: declared as read models in apps/api/src/table-ownership.ts.
 */

const DAY_MS = 86_400_000;

export const NEWEST_FIRST: KeysetOrder = { keys: [keysetKey.timestamp('t.created_at'), keysetKey.uuid('t.id')], direction: 'DESC' };

export interface TokenRow {
  id: string;
  kind: ApiTokenKind;
  public_id: string;
  name: string;
  owner_organization_id: string;
  owner_user_id: string | null;
  created_by_name: string | null;
  scopes: ApiTokenScopes;
  all_clients: boolean;
  created_at: Date;
  expires_at: Date;
  revoked_at: Date | null;
  last_rotated_at: Date | null;
  previous_secret_valid_until: Date | null;
  disabled_at: Date | null;
  last_used_at: Date | null;
  last_used_ip: string | null;
  acting_member: boolean;
}

export const TOKEN_COLUMNS = `t.id, t.kind, t.public_id, t.name, t.owner_organization_id, t.owner_user_id, t.created_by_name, t.scopes,
  t.all_clients, t.created_at, t.expires_at, t.revoked_at, t.last_rotated_at, t.previous_secret_valid_until, t.disabled_at,
  t.last_used_at, t.last_used_ip,
  EXISTS (SELECT 1 FROM membership am WHERE am.user_id = t.acting_user_id AND am.organization_id = t.owner_organization_id) AS acting_member`;

/** Scopes in the order of the vocabulary. */
export function scopeList(scopes: ApiTokenScopes): ApiTokenScope[] {
  return Object.values(ApiScopeResource)
    .filter((resource) => scopes[resource])
    .map((resource) => Object.assign(new ApiTokenScope(), { resource, level: scopes[resource] as ApiScopeLevel }));
}

export function tokenStatus(row: Pick<TokenRow, 'revoked_at' | 'expires_at' | 'disabled_at' | 'acting_member'>, now = Date.now()): ApiTokenStatus {
  if (row.revoked_at) return 'REVOKED';
  if (row.expires_at.getTime() <= now) return 'EXPIRED';
  if (row.disabled_at) return 'DISABLED';
  return row.acting_member ? 'ACTIVE' : 'SUSPENDED';
}

export function toTokenView(row: TokenRow): ApiTokenView {
  const now = Date.now();
  const status = tokenStatus(row, now);
  const graceLeft = row.previous_secret_valid_until && row.previous_secret_valid_until.getTime() > now ? row.previous_secret_valid_until : null;
  return Object.assign(new ApiTokenView(), {
    id: row.id,
    kind: row.kind,
    name: row.name,
    displayPrefix: displayPrefix(row.kind, row.public_id),
    ownerOrganizationId: row.owner_organization_id,
    createdByName: row.created_by_name,
    scopes: scopeList(row.scopes),
    clientSelection: row.all_clients ? 'ALL' : 'SELECTED',
    status,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
    lastRotatedAt: row.last_rotated_at,
    previousSecretValidUntil: graceLeft,
    lastUsedAt: row.last_used_at,
    lastUsedIp: row.last_used_ip,
    disablesAt:
      status === 'ACTIVE'
        ? new Date(Math.max((row.last_used_at ?? row.created_at).getTime(), (row.last_rotated_at ?? row.created_at).getTime()) + API_TOKEN_RULES.disableAfterUnusedDays * DAY_MS)
        : null,
  });
}

/** Expired and revoked tokens stay listed this long after they ended. */
const STILL_LISTED = `(t.revoked_at IS NULL OR t.revoked_at > now() - make_interval(days => ${API_TOKEN_RULES.listedAfterEndDays}))
  AND t.expires_at > now() - make_interval(days => ${API_TOKEN_RULES.listedAfterEndDays})`;

/**
 * The owner's tokens of one kind, newest first: organization tokens of `organizationId`, or the
 * personal tokens `ownerUserId` holds there. The caller decided who may list them.
 */
export function tokenPage(
  ctx: RequestContext,
  filter: { organizationId: string; kind: ApiTokenKind; ownerUserId: string | null },
  first: number,
  after: string | null,
): Promise<Connection<ApiTokenView>> {
  const page = pageRequest(NEWEST_FIRST, first, after);
  const personal = filter.kind === 'PERSONAL';
  return keysetPage(
    ctx.dataSource,
    {
      name: personal ? 'tokens.personal-tokens' : 'tokens.organization-tokens',
      select: TOKEN_COLUMNS,
      from: 'api_token t',
      where: `t.owner_organization_id = $1 AND t.kind = $2 AND ${STILL_LISTED}${personal ? ' AND t.owner_user_id = $3' : ''}`,
      params: personal ? [filter.organizationId, filter.kind, filter.ownerUserId] : [filter.organizationId, filter.kind],
      order: NEWEST_FIRST,
      map: toTokenView,
    },
    page,
  );
}

/** One token by id (any status), in the mutation's transaction and locked until it commits (revocation). */
export async function lockTokenRow(tx: EntityManager, tokenId: string): Promise<TokenRow | null> {
  const [row] = await sqlRead(
    tx,
    { name: 'tokens.token-for-update', text: `SELECT ${TOKEN_COLUMNS} FROM api_token t WHERE t.id = $1 FOR UPDATE OF t`, values: [tokenId] },
    (r: TokenRow) => r,
  );
  return row ?? null;
}

/** One token by id (any status), unlocked. */
export async function tokenRow(db: SqlReader, tokenId: string): Promise<TokenRow | null> {
  const [row] = await sqlRead(db, { name: 'tokens.token-row', text: `SELECT ${TOKEN_COLUMNS} FROM api_token t WHERE t.id = $1`, values: [tokenId] }, (r: TokenRow) => r);
  return row ?? null;
}

/** The rows of an `UPDATE … RETURNING` (TypeORM answers those with `[rows, rowCount]`). */
export async function updatedRows<T>(tx: EntityManager, sql: string, parameters: unknown[]): Promise<T[]> {
  const result: unknown = await tx.query(sql, parameters);
  return (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) ? result[0] : result) as T[];
}

export async function tokenView(db: SqlReader, tokenId: string): Promise<ApiTokenView> {
  const [row] = await sqlRead(db, { name: 'tokens.token-by-id', text: `SELECT ${TOKEN_COLUMNS} FROM api_token t WHERE t.id = $1`, values: [tokenId] }, toTokenView);
  return row;
}

/** The selected clients of each token (by name), one statement for a page of tokens. */
export async function selectedClientsOf(db: SqlReader, tokenIds: readonly string[]): Promise<Map<string, ApiTokenClient[]>> {
  const rows = await sqlRead(
    db,
    {
      name: 'tokens.selected-clients',
      text: `SELECT c.token_id, o.id, o.name FROM api_token_client c JOIN organization o ON o.id = c.client_organization_id
             WHERE c.token_id = ANY($1::uuid[]) ORDER BY lower(o.name), o.id`,
      values: [tokenIds],
    },
    (r: { token_id: string; id: string; name: string }) => r,
  );
  const byToken = new Map<string, ApiTokenClient[]>(tokenIds.map((id) => [id, []]));
  for (const row of rows) byToken.get(row.token_id)?.push(Object.assign(new ApiTokenClient(), { id: row.id, name: row.name }));
  return byToken;
}

/** The last use of each token on each client organization, most recent first: one statement for a page of tokens. */
export async function clientUseOf(db: SqlReader, tokenIds: readonly string[]): Promise<Map<string, ApiTokenClientUse[]>> {
  const rows = await sqlRead(
    db,
    {
      name: 'tokens.client-use',
      text: `SELECT u.token_id, o.id, o.name, max(u.last_used_at) AS last_used_at
             FROM api_token_usage u JOIN organization o ON o.id = u.organization_id
             WHERE u.token_id = ANY($1::uuid[])
             GROUP BY u.token_id, o.id, o.name
             ORDER BY max(u.last_used_at) DESC, o.id`,
      values: [tokenIds],
    },
    (r: { token_id: string; id: string; name: string; last_used_at: Date }) => r,
  );
  const byToken = new Map<string, ApiTokenClientUse[]>(tokenIds.map((id) => [id, []]));
  for (const row of rows) {
    byToken.get(row.token_id)?.push(
      Object.assign(new ApiTokenClientUse(), { client: Object.assign(new ApiTokenClient(), { id: row.id, name: row.name }), lastUsedAt: row.last_used_at }),
    );
  }
  return byToken;
}
