import {
  badUserInput,
  conflict,
  forbidden,
  inTransaction,
  notFound,
  organizationAccess,
  type OrganizationAccess,
  recordAuditEvent,
  type RequestContext,
  requireOrganizationAccess,
  unauthenticated,
} from '@manager/api-core';
import { confirmPassword } from '@manager/api-identity';
import { liveClientIdsAmong } from '@manager/api-partners';
import { API_TOKEN_RULES, type ApiTokenKind, type ApiTokenScopes, DEFAULT_API_TOKEN_SCOPES, ROLES_READING_PARTNERSHIPS } from '@manager/domain';
import { mintToken } from '../format/token-format';
import { secretHmac } from '../format/token-secret';
import { sendTokenEmail, tokenRecipients, tokensPageLink } from '../emails/token-emails';
import { lockTokenRow, type TokenRow, tokenRow, tokenView, updatedRows } from './api-token-read';
import type { ApiTokenView, CreateApiTokenInput, RotateApiTokenInput } from './api-token.types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Who manages organization tokens: the legal responsible and administrators. */
const MANAGING_ROLES = ROLES_READING_PARTNERSHIPS;
export const ORGANIZATION_TOKEN_REFUSAL = "Only the organization's legal responsible and administrators manage its API tokens.";

/**
 * The person signed in with a session: tokens are created, rotated and revoked by people, never
 * with another token (a leaked token must not be able to mint its successors).
 */
export function requirePerson(ctx: RequestContext): string {
  if (!ctx.actor) throw unauthenticated();
  if (!ctx.actor.sessionId) throw forbidden('API tokens are managed by a person signed in, not with an API token.');
  return ctx.actor.userId;
}

/** The actor's own membership access to the owner organization (a partner's person acting in it has none). */
async function requireMember(ctx: RequestContext, organizationId: string): Promise<OrganizationAccess> {
  const access = await requireOrganizationAccess(ctx, organizationId);
  if (access.via !== 'MEMBER') throw forbidden('Only members of an organization create API tokens for it.');
  return access;
}

/** May the signed-in person manage `token` (rotate, revoke)? Someone else's personal token does not exist for them. */
async function requireManages(ctx: RequestContext, userId: string, token: Pick<TokenRow, 'kind' | 'owner_organization_id' | 'owner_user_id'>): Promise<void> {
  const access = await organizationAccess(ctx, token.owner_organization_id);
  if (!access || access.via !== 'MEMBER') throw notFound('API token');
  if (token.kind === 'PERSONAL') {
    if (token.owner_user_id !== userId) throw notFound('API token');
    return;
  }
  if (!access.role || !MANAGING_ROLES.includes(access.role)) throw forbidden(ORGANIZATION_TOKEN_REFUSAL);
}

function checkName(name: string): string {
  const trimmed = name.trim();
  if (!trimmed) throw badUserInput('name', 'Give the token a name that says what uses it (for example "CRM sync").');
  return trimmed;
}

function checkScopes(input: CreateApiTokenInput['scopes']): ApiTokenScopes {
  if (!input) return DEFAULT_API_TOKEN_SCOPES;
  const scopes: ApiTokenScopes = {};
  for (const { resource, level } of input) {
    if (scopes[resource]) throw badUserInput('scopes', `Name each resource once (${resource} appears twice).`);
    scopes[resource] = level;
  }
  return scopes;
}

async function checkClients(ctx: RequestContext, input: CreateApiTokenInput): Promise<string[] | null> {
  const ids = input.clientOrganizationIds ?? [];
  if (input.clientSelection === 'ALL') {
    if (ids.length) throw badUserInput('clientOrganizationIds', 'Leave the client list empty with ALL, or choose SELECTED.');
    return null;
  }
  const unique = [...new Set(ids)];
  if (!unique.length) throw badUserInput('clientOrganizationIds', 'Choose at least one client, or ALL.');
  const wrong = 'Choose clients this organization manages through an active partnership.';
  if (!unique.every((id) => UUID.test(id))) throw badUserInput('clientOrganizationIds', wrong);
  const live = await liveClientIdsAmong(ctx.dataSource, input.organizationId, unique);
  if (live.length !== unique.length) throw badUserInput('clientOrganizationIds', wrong);
  return unique;
}

/**
 * Creates a token and returns it with its secret, shown this once. Kind ORGANIZATION: the owner's
 * legal responsible or an administrator; PERSONAL: any member, for themselves. Confirmed with the
 * password (before the transaction, so the throttle counts a wrong one whatever happens next).
 * The owner's legal responsible and administrators are emailed.
 */
export async function createApiToken(ctx: RequestContext, input: CreateApiTokenInput): Promise<{ token: ApiTokenView; secret: string }> {
  const userId = requirePerson(ctx);
  if (!UUID.test(input.organizationId)) throw notFound('Organization');
  const access = await requireMember(ctx, input.organizationId);
  if (input.kind === 'ORGANIZATION' && (!access.role || !MANAGING_ROLES.includes(access.role))) throw forbidden(ORGANIZATION_TOKEN_REFUSAL);
  const name = checkName(input.name);
  const scopes = checkScopes(input.scopes);
  const clients = await checkClients(ctx, input);
  await confirmPassword(ctx, userId, input.password);

  const minted = mintToken(input.kind);
  const id = await inTransaction(ctx, async (txc) => {
    const { tx } = txc;
    const [row]: { id: string; expires_at: Date }[] = await tx.query(
      `INSERT INTO api_token (kind, public_id, name, owner_organization_id, owner_user_id, acting_user_id, created_by_user_id,
                              created_by_name, scopes, all_clients, secret_hmac, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $6, (SELECT display_name FROM app_user WHERE id = $6), $7::jsonb, $8, $9,
               now() + make_interval(days => $10))
       RETURNING id, expires_at`,
      [input.kind, minted.publicId, name, input.organizationId, input.kind === 'PERSONAL' ? userId : null, userId,
       JSON.stringify(scopes), clients === null, secretHmac(minted.secret), input.expiresInDays],
    );
    if (clients) {
      await tx.query(`INSERT INTO api_token_client (token_id, client_organization_id) SELECT $1, unnest($2::uuid[])`, [row.id, clients]);
    }
    await recordAuditEvent(txc, {
      organizationId: input.organizationId,
      action: 'api_token.created',
      data: { tokenName: name, kind: input.kind },
      targetId: row.id,
    });
    const recipients = await tokenRecipients(tx, input.organizationId, userId);
    await sendTokenEmail(tx, recipients.people, {
      kind: 'API_TOKEN_CREATED',
      subject: 'createdSubject',
      paragraphs: ['createdText', 'createdAdvice'],
      values: { name, owner: recipients.ownerName, kind: input.kind },
      dates: { expires: row.expires_at },
      link: tokensPageLink(ctx.publicUrl, input.organizationId),
    });
    return row.id;
  });
  ctx.log.info({ tokenId: id, organizationId: input.organizationId, kind: input.kind }, 'API token created');
  return { token: await tokenView(ctx.dataSource, id), secret: minted.text };
}

/**
 * A new secret for the same token (id, name, scopes, selection and expiry kept); the old secret
 * keeps working for `gracePeriodDays` (0: not at all). The person rotating an organization token
 * becomes the one whose role bounds it, which is how a DISABLED or SUSPENDED token resumes.
 * Concurrent rotations: the guarded UPDATE lets exactly one through (a rotation less than a
 * minute after the previous one is a CONFLICT), the others wait on its row lock, then see it.
 */
export async function rotateApiToken(ctx: RequestContext, input: RotateApiTokenInput): Promise<{ token: ApiTokenView; secret: string }> {
  const userId = requirePerson(ctx);
  if (!UUID.test(input.tokenId)) throw notFound('API token');
  const row = await tokenRow(ctx.dataSource, input.tokenId);
  if (!row) throw notFound('API token');
  await requireManages(ctx, userId, row);
  await confirmPassword(ctx, userId, input.password);

  const minted = mintToken(row.kind, row.public_id);
  await inTransaction(ctx, async (txc) => {
    const { tx } = txc;
    const rotated = await updatedRows<{ id: string }>(
      tx,
      `UPDATE api_token SET
         previous_secret_hmac = CASE WHEN $3 > 0 THEN secret_hmac END,
         previous_secret_valid_until = CASE WHEN $3 > 0 THEN now() + make_interval(days => $3) END,
         secret_hmac = $2, last_rotated_at = now(), disabled_at = NULL, unused_warned_at = NULL,
         acting_user_id = CASE WHEN kind = 'ORGANIZATION' THEN $4 ELSE acting_user_id END
       WHERE id = $1 AND revoked_at IS NULL AND expires_at > now()
         AND (last_rotated_at IS NULL OR last_rotated_at <= now() - make_interval(secs => $5))
       RETURNING id`,
      [row.id, secretHmac(minted.secret), input.gracePeriodDays, userId, API_TOKEN_RULES.rotationCooldownSeconds],
    );
    if (!rotated.length) {
      const [state]: { revoked: boolean; expired: boolean }[] = await tx.query(
        `SELECT revoked_at IS NOT NULL AS revoked, expires_at <= now() AS expired FROM api_token WHERE id = $1`,
        [row.id],
      );
      if (state?.revoked) throw conflict('This token was revoked: create a new one.', 'tokenId');
      if (state?.expired) throw conflict('This token has expired: create a new one.', 'tokenId');
      throw conflict('This token was rotated less than a minute ago: use the token that rotation returned.', 'tokenId');
    }
    await recordAuditEvent(txc, {
      organizationId: row.owner_organization_id,
      action: 'api_token.rotated',
      data: { tokenName: row.name, kind: row.kind },
      targetId: row.id,
    });
  });
  ctx.log.info({ tokenId: row.id, gracePeriodDays: input.gracePeriodDays }, 'API token rotated');
  return { token: await tokenView(ctx.dataSource, row.id), secret: minted.text };
}

/** Revokes a token at once, every secret of it; revoking a revoked token changes nothing. */
export async function revokeApiToken(ctx: RequestContext, tokenId: string): Promise<ApiTokenView> {
  const userId = requirePerson(ctx);
  if (!UUID.test(tokenId)) throw notFound('API token');
  await inTransaction(ctx, async (txc) => {
    const row = await lockTokenRow(txc.tx, tokenId);
    if (!row) throw notFound('API token');
    await requireManages(txc, userId, row);
    if (row.revoked_at) return;
    await txc.tx.query(`UPDATE api_token SET revoked_at = now(), revoked_reason = 'REVOKED', previous_secret_hmac = NULL WHERE id = $1`, [tokenId]);
    await recordAuditEvent(txc, {
      organizationId: row.owner_organization_id,
      action: 'api_token.revoked',
      data: { tokenName: row.name, kind: row.kind, reason: 'REVOKED' },
      targetId: row.id,
    });
  });
  ctx.log.info({ tokenId }, 'API token revoked');
  return tokenView(ctx.dataSource, tokenId);
}

/** Who may list the owner's tokens of `kind` in `organizationId`; returns the personal owner to filter on. */
export async function requireTokenLister(ctx: RequestContext, organizationId: string, kind: ApiTokenKind): Promise<string | null> {
  const userId = requirePerson(ctx);
  const access = await requireMember(ctx, organizationId);
  if (kind === 'PERSONAL') return userId;
  if (!access.role || !MANAGING_ROLES.includes(access.role)) throw forbidden(ORGANIZATION_TOKEN_REFUSAL);
  return null;
}
