import type { DataSource } from 'typeorm';
import { sqlRead, type TokenActor } from '@manager/api-core';
import type { ApiTokenKind, ApiTokenScopes } from '@manager/domain';
import type { ParsedToken } from '../format/token-format';
import { sameHmac, secretHmac } from '../format/token-secret';
import { BUCKET_UPSERT, bucketParameters, type RateCharge, rateCharge } from '../usage/rate-limit';

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
  /** The organizations whose use by this token is already recorded for this minute. */
  recordedThisMinute: readonly string[];
}

export type TokenAuthentication = { ok: true; token: AuthenticatedToken; charge: RateCharge } | { ok: false; refusal: TokenRefusal };

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
  recorded: string[];
  level: number | null;
  accepted: boolean | null;
}

/**
 * ONE statement per token request: the token by its public id with everything the policy needs
 * (the selected clients, the clients that blocked it, whether the person bounding it is still a
 * member of its owner, what its use this minute already recorded), and — only when the secret's
 * HMAC matches and the token is usable — the charge of `cost` to its leaky bucket (see
 * rate-limit.ts). So a token request costs the same number of round trips as a session lookup.
 *
 * The HMAC equality in SQL only decides whether to charge (a wrong secret must not drain someone
 * else's bucket); the decision to accept is the constant-time comparison in Node below. Comparing
 * keyed hashes in SQL leaks nothing usable: without the key nobody can aim a guess at a prefix.
 */
const AUTHENTICATE_AND_CHARGE = `
  WITH t AS (
    SELECT t.id, t.kind, t.name, t.owner_organization_id, t.acting_user_id, t.created_by_user_id, t.scopes,
           CASE WHEN t.all_clients THEN NULL
                ELSE ARRAY(SELECT c.client_organization_id FROM api_token_client c WHERE c.token_id = t.id) END AS clients,
           ARRAY(SELECT b.client_organization_id FROM api_token_block b WHERE b.token_id = t.id) AS blocked,
           t.secret_hmac, t.previous_secret_hmac,
           coalesce(t.previous_secret_valid_until > now(), false) AS previous_valid,
           t.expires_at <= now() AS expired, t.revoked_at IS NOT NULL AS revoked, t.disabled_at IS NOT NULL AS disabled,
           EXISTS (SELECT 1 FROM membership m
                   WHERE m.user_id = t.acting_user_id AND m.organization_id = t.owner_organization_id) AS acting_member,
           t.last_used_at, date_trunc('minute', now()) AS minute,
           ARRAY(SELECT u.organization_id FROM api_token_usage u
                 WHERE u.token_id = t.id AND u.last_used_at = date_trunc('minute', now())) AS recorded
    FROM api_token t
    WHERE t.public_id = $1
  ), charge AS (
    ${BUCKET_UPSERT('(SELECT t.id FROM t WHERE (t.secret_hmac = $2 OR (t.previous_valid AND t.previous_secret_hmac = $2)) AND NOT t.revoked AND NOT t.expired AND NOT t.disabled AND t.acting_member)', '$3', '$4', '$5')}
  )
  SELECT t.*, (SELECT level FROM charge) AS level, (SELECT accepted FROM charge) AS accepted FROM t`;

/**
 * Checks a bearer token whose format and checksum already passed (`parseToken`, no database
 * for garbage): one statement (above), then the HMAC of its secret against the current one and,
 * during a rotation's grace period, the previous one, in constant time. `cost` is charged to its
 * bucket when it passes; `charge` says whether the bucket took it.
 */
export async function authenticateApiToken(dataSource: DataSource, parsed: ParsedToken, cost: number): Promise<TokenAuthentication> {
  const requested = Math.max(1, Math.ceil(cost));
  const candidate = secretHmac(parsed.secret);
  const [row] = await sqlRead(
    dataSource,
    { name: 'tokens.authenticate', text: AUTHENTICATE_AND_CHARGE, values: [parsed.publicId, candidate, ...bucketParameters(requested)] },
    (r: TokenRow) => r,
  );
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
  if (row.level === null || row.accepted === null) return { ok: false, refusal: 'INVALID' };
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
      recordedThisMinute: row.recorded,
    },
    charge: rateCharge(requested, Number(row.level), row.accepted),
  };
}
