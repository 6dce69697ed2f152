import type { DataSource } from 'typeorm';
import { sqlRead, type TokenActor } from '@manager/api-core';
import type { ApiTokenKind, ApiTokenScopes } from '@manager/domain';
import { parseToken } from '../format/token-format';
import { sameHmac, secretHmac } from '../format/token-secret';

/**
 * Why a token is refused (HTTP 401, code UNAUTHENTICATED). A malformed token, an unknown id and a
 * wrong secret get the very same answer, so that nothing is learnt by guessing. The others are
 * told only to a caller who proved it holds the secret (the HMAC matched), who learns nothing new
 * by being told why: it is what lets a script's owner fix it.
 */
export type TokenRefusal = 'INVALID' | 'EXPIRED' | 'REVOKED' | 'DISABLED' | 'SUSPENDED' | 'ROTATED';

export const TOKEN_REFUSALS: Record<TokenRefusal, string> = {
  INVALID: 'This API token is not valid. Check that it was copied whole, or create a new one.',
  EXPIRED: 'This API token has expired. Create a new one (or rotate it) in the API tokens page.',
  REVOKED: 'This API token was revoked.',
  DISABLED: 'This API token was disabled after 90 days without use. Rotate it to use it again.',
  SUSPENDED: 'This API token is suspended: the person it acts for is no longer a member of its organization. Rotate it to resume.',
  ROTATED: 'This API token was rotated and its grace period is over: use the new token.',
};

/** A token that passed: the request's actor, and what the usage recorder needs. */
export interface AuthenticatedToken {
  actor: TokenActor;
  /** The minute of this request (the database's clock) and the token's last recorded use. */
  minute: Date;
  lastUsedAt: Date | null;
}

export type TokenAuthentication = { ok: true; token: AuthenticatedToken } | { ok: false; refusal: TokenRefusal };

interface TokenRow {
  id: string;
  kind: ApiTokenKind;
  name: string;
  owner_organization_id: string;
  acting_user_id: string | null;
  created_by_user_id: string | null;
  scopes: ApiTokenScopes;
  clients: string[] | null;
  blocked: string[];
  secret_hmac: Buffer;
  previous_secret_hmac: Buffer | null;
  previous_valid: boolean;
  expired: boolean;
  revoked: boolean;
  disabled: boolean;
  acting_member: boolean;
  last_used_at: Date | null;
  minute: Date;
}

/**
 * The token and everything the policy needs about it, in ONE statement by its public id: the
 * selected clients, the clients that blocked it, and whether the person bounding it is still a
 * member of its owner organization (the policy re-reads that person's role with every query).
 */
const TOKEN_BY_PUBLIC_ID = `
  SELECT t.id, t.kind, t.name, t.owner_organization_id, t.acting_user_id, t.created_by_user_id, t.scopes,
         CASE WHEN t.all_clients THEN NULL
              ELSE ARRAY(SELECT c.client_organization_id FROM api_token_client c WHERE c.token_id = t.id) END AS clients,
         ARRAY(SELECT b.client_organization_id FROM api_token_block b WHERE b.token_id = t.id) AS blocked,
         t.secret_hmac, t.previous_secret_hmac,
         coalesce(t.previous_secret_valid_until > now(), false) AS previous_valid,
         t.expires_at <= now() AS expired, t.revoked_at IS NOT NULL AS revoked, t.disabled_at IS NOT NULL AS disabled,
         EXISTS (SELECT 1 FROM membership m
                 WHERE m.user_id = t.acting_user_id AND m.organization_id = t.owner_organization_id) AS acting_member,
         t.last_used_at, date_trunc('minute', now()) AS minute
  FROM api_token t
  WHERE t.public_id = $1`;

/**
 * Checks a bearer token: its format and checksum first (no database access for garbage), then one
 * statement, then the HMAC of its secret against the current one and, during a rotation's grace
 * period, the previous one, both compared in constant time.
 */
export async function authenticateApiToken(dataSource: DataSource, text: string): Promise<TokenAuthentication> {
  const parsed = parseToken(text);
  if (!parsed) return { ok: false, refusal: 'INVALID' };
  const [row] = await sqlRead(dataSource, { name: 'tokens.authenticate', text: TOKEN_BY_PUBLIC_ID, values: [parsed.publicId] }, (r: TokenRow) => r);
  const candidate = secretHmac(parsed.secret);
  if (!row || row.kind !== parsed.kind) return { ok: false, refusal: 'INVALID' };
  const current = sameHmac(candidate, row.secret_hmac);
  const previous = sameHmac(candidate, row.previous_secret_hmac);
  if (!current && !previous) return { ok: false, refusal: 'INVALID' };
  // From here on the caller holds a secret this token had: telling why it fails reveals nothing.
  if (row.revoked) return { ok: false, refusal: 'REVOKED' };
  if (!current && !row.previous_valid) return { ok: false, refusal: 'ROTATED' };
  if (row.expired) return { ok: false, refusal: 'EXPIRED' };
  if (row.disabled) return { ok: false, refusal: 'DISABLED' };
  // A personal token dies with its owner's membership; an organization token waits for a rotation.
  if (!row.acting_user_id || !row.acting_member) return { ok: false, refusal: row.kind === 'PERSONAL' ? 'REVOKED' : 'SUSPENDED' };
  return {
    ok: true,
    token: {
      actor: {
        userId: row.acting_user_id,
        sessionId: null,
        token: {
          id: row.id,
          kind: row.kind,
          name: row.name,
          ownerOrganizationId: row.owner_organization_id,
          createdByUserId: row.created_by_user_id ?? row.acting_user_id,
          scopes: row.scopes,
          clientOrganizationIds: row.clients,
          blockedByClientIds: row.blocked,
        },
      },
      minute: row.minute,
      lastUsedAt: row.last_used_at,
    },
  };
}
