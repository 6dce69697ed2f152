import express, { type Request, type Response, Router } from 'express';
import type { DataSource, EntityManager } from 'typeorm';
import type { Logger } from 'pino';
import { recordAuditEvent, sendJsonError } from '@manager/api-core';
import type { ApiTokenKind } from '@manager/domain';
import { sendTokenEmail, tokenRecipients, tokensPageLink } from '../emails/token-emails';
import { parseToken } from '../format/token-format';
import { sameHmac, secretHmac } from '../format/token-secret';

/**
 * The public endpoint for leaked tokens (a secret scanner, or anyone who found one published):
 * `POST /api-tokens/leaked` with `{"tokens": ["mgro_…", …]}` (1 to 1,000 strings). Every string
 * whose checksum holds and whose secret matches a live token revokes that token at once, and its
 * owner's legal responsible and administrators (and its creator) are emailed. The answer is
 * always the same, 202 with how many strings were received, whatever was found: the endpoint is
 * no oracle. Limited per IP (20 reports an hour), counted in PostgreSQL under an advisory lock.
 */
export const LEAK_REPORTS = { maxTokens: 1_000, perIpPerHour: 20 } as const;

interface CandidateRow {
  id: string;
  public_id: string;
  kind: ApiTokenKind;
  name: string;
  owner_organization_id: string;
  created_by_user_id: string | null;
  secret_hmac: Buffer;
  previous_secret_hmac: Buffer | null;
  previous_valid: boolean;
}

/** Reserves one report for `ip`: its id, or the seconds to wait. */
async function reserveReport(tx: EntityManager, ip: string, received: number): Promise<{ id: string } | { wait: number }> {
  await tx.query(`SELECT pg_advisory_xact_lock(hashtext('api-token-leak-report'), hashtext($1))`, [ip]);
  const [row]: { count: number; oldest: Date | null }[] = await tx.query(
    `SELECT count(*)::int AS count, min(created_at) AS oldest FROM api_token_leak_report WHERE ip = $1 AND created_at > now() - interval '1 hour'`,
    [ip],
  );
  if (row.count >= LEAK_REPORTS.perIpPerHour) {
    return { wait: Math.max(1, Math.ceil(((row.oldest as Date).getTime() + 3_600_000 - Date.now()) / 1000)) };
  }
  const [report]: { id: string }[] = await tx.query(`INSERT INTO api_token_leak_report (ip, tokens_received, tokens_revoked) VALUES ($1, $2, 0) RETURNING id`, [ip, received]);
  return report;
}

/** Revokes the live tokens among `texts` whose secret matches; returns how many. One transaction. */
export async function revokeLeakedTokens(dataSource: DataSource, texts: readonly string[], publicUrl: string): Promise<number> {
  const parsed = texts.map((text) => parseToken(text)).filter((token) => token !== null);
  if (!parsed.length) return 0;
  return dataSource.transaction(async (tx) => {
    const rows: CandidateRow[] = await tx.query(
      `SELECT id, public_id, kind, name, owner_organization_id, created_by_user_id, secret_hmac, previous_secret_hmac,
              coalesce(previous_secret_valid_until > now(), false) AS previous_valid
       FROM api_token WHERE public_id = ANY($1::text[]) AND revoked_at IS NULL
       ORDER BY id FOR UPDATE`,
      [[...new Set(parsed.map((token) => token.publicId))]],
    );
    let revoked = 0;
    for (const row of rows) {
      const matches = parsed.some((token) => {
        if (token.publicId !== row.public_id || token.kind !== row.kind) return false;
        const candidate = secretHmac(token.secret);
        return sameHmac(candidate, row.secret_hmac) || (row.previous_valid && sameHmac(candidate, row.previous_secret_hmac));
      });
      if (!matches) continue;
      revoked += 1;
      await tx.query(`UPDATE api_token SET revoked_at = now(), revoked_reason = 'LEAKED', previous_secret_hmac = NULL WHERE id = $1`, [row.id]);
      await recordAuditEvent({ tx, actor: null }, {
        organizationId: row.owner_organization_id,
        action: 'api_token.revoked',
        data: { tokenName: row.name, kind: row.kind, reason: 'LEAKED' },
        targetId: row.id,
      });
      const recipients = await tokenRecipients(tx, row.owner_organization_id, row.created_by_user_id);
      await sendTokenEmail(tx, recipients.people, {
        kind: 'API_TOKEN_LEAKED',
        subject: 'leakedSubject',
        paragraphs: ['leakedText', 'leakedAdvice'],
        values: { name: row.name, owner: recipients.ownerName },
        link: tokensPageLink(publicUrl, row.owner_organization_id),
      });
    }
    return revoked;
  });
}

/** Mount under `/api-tokens`. `publicUrl` is read per request (known once the server listens). */
export function leakedTokensRouter(dataSource: DataSource, publicUrl: () => string, log: Logger): Router {
  const router = Router();
  router.post('/leaked', express.json({ limit: '200kb' }), async (req: Request, res: Response, next) => {
    try {
      const tokens = (req.body as { tokens?: unknown } | undefined)?.tokens;
      if (!Array.isArray(tokens) || !tokens.length || !tokens.every((token) => typeof token === 'string' && token.length <= 200)) {
        return sendJsonError(res, 400, 'BAD_REQUEST', 'Send {"tokens": ["mgro_…", …]}: 1 to 1000 strings.');
      }
      if (tokens.length > LEAK_REPORTS.maxTokens) return sendJsonError(res, 413, 'BAD_REQUEST', `Send at most ${LEAK_REPORTS.maxTokens} tokens per report.`);
      const ip = req.ip ?? 'unknown';
      const report = await dataSource.transaction((tx) => reserveReport(tx, ip, tokens.length));
      if ('wait' in report) {
        res.set('Retry-After', String(report.wait));
        return sendJsonError(res, 429, 'TOO_MANY_REQUESTS', `Too many reports from this address. Try again in ${report.wait} s.`);
      }
      const revoked = await revokeLeakedTokens(dataSource, tokens as string[], publicUrl());
      if (revoked) {
        await dataSource.query(`UPDATE api_token_leak_report SET tokens_revoked = $2 WHERE id = $1`, [report.id, revoked]);
        log.warn({ revoked }, 'API tokens revoked after a leak report');
      }
      res.status(202).json({ received: tokens.length });
    } catch (error) {
      next(error);
    }
  });
  return router;
}
