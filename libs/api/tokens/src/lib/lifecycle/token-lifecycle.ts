import type { DataSource, EntityManager } from 'typeorm';
import type { Logger } from 'pino';
import { recordAuditEvent, type RunningJob, type TokenActor } from '@manager/api-core';
import { API_TOKEN_RULES, type ApiTokenKind } from '@manager/domain';
import { sendTokenEmail, tokenRecipients, tokensPageLink } from '../emails/token-emails';

/**
 * The tokens' calendar, run where the outbox worker runs (every API instance may: rows are claimed
 * with FOR UPDATE SKIP LOCKED and each mark is written in the transaction that queues its email):
 * - expiry reminders 30, 7 and 1 days before, then a notice when it expires (creator and the
 *   owner's legal responsible and administrators);
 * - a warning 7 days before a token unused for 90 days is disabled, then the disabling;
 * - the client's daily summary of each token's reads (one audit event per token, client and day);
 * - the purge of tokens ended 90 days ago (they were listed, greyed, until then).
 */
export const TOKEN_LIFECYCLE = { batchSize: 50, intervalMs: 10 * 60 * 1000 } as const;

const DAY_MS = 86_400_000;
const [FIRST, SECOND, LAST] = API_TOKEN_RULES.expiryReminderDays;

interface DueRow {
  id: string;
  name: string;
  kind: ApiTokenKind;
  owner_organization_id: string;
  created_by_user_id: string | null;
  expires_at: Date;
  expiry_reminder_days: number | null;
}

/** The reminder due for a token expiring at `expiresAt` (days before; 0: the expiry notice), or null. */
export function dueReminder(expiresAt: Date, sent: number | null, now: Date): number | null {
  const left = expiresAt.getTime() - now.getTime();
  const due = left <= 0 ? 0 : [LAST, SECOND, FIRST].find((days) => left <= days * DAY_MS);
  if (due === undefined) return null;
  return sent === null || sent > due ? due : null;
}

async function sendExpiryReminders(tx: EntityManager, publicUrl: string, now: Date): Promise<number> {
  const rows: DueRow[] = await tx.query(
    `SELECT id, name, kind, owner_organization_id, created_by_user_id, expires_at, expiry_reminder_days
     FROM api_token
     WHERE revoked_at IS NULL AND disabled_at IS NULL AND coalesce(expiry_reminder_days, 1000) > 0
       AND expires_at <= $1::timestamptz + make_interval(days => $2)
       AND expires_at > $1::timestamptz - interval '1 day'
     ORDER BY expires_at, id LIMIT $3 FOR UPDATE SKIP LOCKED`,
    [now, FIRST, TOKEN_LIFECYCLE.batchSize],
  );
  let sent = 0;
  for (const row of rows) {
    const due = dueReminder(row.expires_at, row.expiry_reminder_days, now);
    if (due === null) continue;
    await tx.query(`UPDATE api_token SET expiry_reminder_days = $2 WHERE id = $1`, [row.id, due]);
    const recipients = await tokenRecipients(tx, row.owner_organization_id, row.created_by_user_id);
    const daysLeft = Math.max(1, Math.ceil((row.expires_at.getTime() - now.getTime()) / DAY_MS));
    await sendTokenEmail(tx, recipients.people, {
      kind: due === 0 ? 'API_TOKEN_EXPIRED' : 'API_TOKEN_EXPIRING',
      subject: due === 0 ? 'expiredSubject' : 'expiringSubject',
      paragraphs: [due === 0 ? 'expiredText' : 'expiringText', 'renewAdvice'],
      values: { name: row.name, owner: recipients.ownerName, days: daysLeft },
      dates: { expires: row.expires_at },
      link: tokensPageLink(publicUrl, row.owner_organization_id),
    });
    sent += 1;
  }
  return sent;
}

/** The moment from which a token counts as unused: its last use, creation or rotation, whichever is latest. */
const IDLE_SINCE = `greatest(coalesce(last_used_at, created_at), coalesce(last_rotated_at, created_at))`;

async function handleUnused(tx: EntityManager, publicUrl: string, now: Date): Promise<number> {
  const idle = API_TOKEN_RULES.disableAfterUnusedDays;
  const warn = idle - API_TOKEN_RULES.disableWarningDays;
  const rows: (DueRow & { idle_since: Date; unused_warned_at: Date | null })[] = await tx.query(
    `SELECT id, name, kind, owner_organization_id, created_by_user_id, expires_at, expiry_reminder_days,
            ${IDLE_SINCE} AS idle_since, unused_warned_at
     FROM api_token
     WHERE revoked_at IS NULL AND disabled_at IS NULL AND expires_at > $1
       AND ${IDLE_SINCE} <= $1::timestamptz - make_interval(days => $2)
       AND (unused_warned_at IS NULL OR ${IDLE_SINCE} <= $1::timestamptz - make_interval(days => $3))
     ORDER BY id LIMIT $4 FOR UPDATE SKIP LOCKED`,
    [now, warn, idle, TOKEN_LIFECYCLE.batchSize],
  );
  for (const row of rows) {
    const disable = row.idle_since.getTime() <= now.getTime() - idle * DAY_MS;
    await tx.query(disable ? `UPDATE api_token SET disabled_at = $2 WHERE id = $1` : `UPDATE api_token SET unused_warned_at = $2 WHERE id = $1`, [row.id, now]);
    const recipients = await tokenRecipients(tx, row.owner_organization_id, row.created_by_user_id);
    const disablesOn = new Date(row.idle_since.getTime() + idle * DAY_MS);
    await sendTokenEmail(tx, recipients.people, {
      kind: disable ? 'API_TOKEN_DISABLED' : 'API_TOKEN_UNUSED',
      subject: disable ? 'disabledSubject' : 'unusedSubject',
      paragraphs: disable ? ['disabledText', 'disabledAdvice'] : ['unusedText', 'unusedAdvice'],
      values: { name: row.name, owner: recipients.ownerName, days: idle },
      dates: { since: row.idle_since, disables: disablesOn },
      link: tokensPageLink(publicUrl, row.owner_organization_id),
    });
  }
  return rows.length;
}

interface UsageRow {
  token_id: string;
  organization_id: string;
  day: string;
  active_minutes: number;
  token_name: string;
  kind: ApiTokenKind;
  owner_organization_id: string;
  acting_user_id: string | null;
  partner_name: string;
}

/**
 * Yesterday's (and older) reads of each token in each client, one audit event per day in the
 * client's trail, as the partner and the token's name (reads by tokens are not recorded one by
 * one: that would drown the trail). Reads the owner's name (`organization`, `partner_profile`).
 */
async function summariseReads(tx: EntityManager, now: Date): Promise<number> {
  const rows: UsageRow[] = await tx.query(
    `SELECT u.token_id, u.organization_id, to_char(u.day, 'YYYY-MM-DD') AS day, u.active_minutes,
            t.name AS token_name, t.kind, t.owner_organization_id, t.acting_user_id,
            coalesce(pp.public_name, o.name) AS partner_name
     FROM api_token_usage u
     JOIN api_token t ON t.id = u.token_id
     JOIN organization o ON o.id = t.owner_organization_id
     LEFT JOIN partner_profile pp ON pp.organization_id = t.owner_organization_id
     WHERE u.summarised_at IS NULL AND u.day < ($1::timestamptz AT TIME ZONE 'UTC')::date
     ORDER BY u.day, u.token_id, u.organization_id
     LIMIT $2 FOR UPDATE OF u SKIP LOCKED`,
    [now, TOKEN_LIFECYCLE.batchSize],
  );
  for (const row of rows) {
    const actor: TokenActor | null = row.acting_user_id
      ? {
          userId: row.acting_user_id,
          sessionId: null,
          token: { id: row.token_id, kind: row.kind, name: row.token_name, ownerOrganizationId: row.owner_organization_id, createdByUserId: row.acting_user_id, scopes: {}, clientOrganizationIds: [], blockedByClientIds: [] },
        }
      : null;
    await recordAuditEvent({ tx, actor }, {
      organizationId: row.organization_id,
      action: 'api_token.daily_reads',
      data: { tokenName: row.token_name, partnerName: row.partner_name, day: row.day, activeMinutes: row.active_minutes },
      partnerOrganizationId: row.owner_organization_id,
      targetId: row.token_id,
    });
    await tx.query(`UPDATE api_token_usage SET summarised_at = $4 WHERE token_id = $1 AND organization_id = $2 AND day = $3::date`, [
      row.token_id,
      row.organization_id,
      row.day,
      now,
    ]);
  }
  return rows.length;
}

/** Tokens ended 90 days ago go (with their selections, blocks and use), and so do old use rows and leak reports. */
async function purge(tx: EntityManager, now: Date): Promise<void> {
  const keep = API_TOKEN_RULES.listedAfterEndDays;
  await tx.query(
    `DELETE FROM api_token WHERE revoked_at <= $1::timestamptz - make_interval(days => $2) OR expires_at <= $1::timestamptz - make_interval(days => $2)`,
    [now, keep],
  );
  await tx.query(`DELETE FROM api_token_usage WHERE summarised_at IS NOT NULL AND day < ($1::timestamptz - make_interval(days => $2))::date`, [now, keep]);
  await tx.query(`DELETE FROM api_token_rate_bucket b WHERE NOT EXISTS (SELECT 1 FROM api_token t WHERE t.id = b.token_id)`);
  await tx.query(`DELETE FROM api_token_leak_report WHERE created_at < $1::timestamptz - interval '1 day'`, [now]);
}

/** One run at `now`; returns how many tokens or summaries it handled (a full batch: run again soon). */
export async function runTokenLifecycleOnce(dataSource: DataSource, publicUrl: string, now: Date = new Date()): Promise<number> {
  const reminded = await dataSource.transaction((tx) => sendExpiryReminders(tx, publicUrl, now));
  const unused = await dataSource.transaction((tx) => handleUnused(tx, publicUrl, now));
  const summaries = await dataSource.transaction((tx) => summariseReads(tx, now));
  await dataSource.transaction((tx) => purge(tx, now));
  return Math.max(reminded, unused, summaries);
}

/** Runs `runTokenLifecycleOnce` at start and then periodically until stopped. */
export function startTokenLifecycleJob(dataSource: DataSource, publicUrl: () => string, log: Logger, intervalMs: number = TOKEN_LIFECYCLE.intervalMs): RunningJob {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const tick = () => {
    running = (async () => {
      let handled = 0;
      try {
        handled = await runTokenLifecycleOnce(dataSource, publicUrl());
        if (handled) log.info({ handled }, 'API token lifecycle run');
      } catch (error) {
        if (!stopped) log.error({ err: error }, 'API token lifecycle job error');
      }
      if (!stopped) timer = setTimeout(tick, handled >= TOKEN_LIFECYCLE.batchSize ? 0 : intervalMs);
    })();
  };
  tick();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
