import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { enqueueEmail } from '@manager/api-core';
import { PARTNERSHIP_END_REMINDER_DAYS } from '@manager/domain';
import { endReminderEmails } from '../emails/partnership-emails';
import { clientPartnershipLink, partnerClientsLink } from '../emails/partnership-links';
import { partnershipParties } from '../emails/partnership-parties';

export const PARTNERSHIP_REMINDERS = {
  batchSize: 50,
  /** Reminders are about days: checking every ten minutes is plenty. */
  intervalMs: 10 * 60 * 1000,
} as const;

const [FIRST_DAYS, LAST_DAYS] = PARTNERSHIP_END_REMINDER_DAYS;
const DAY_MS = 24 * 60 * 60 * 1000;

interface DueRow {
  id: string;
  client_organization_id: string;
  partner_organization_id: string;
  ends_at: Date;
  reminded_7d_at: Date | null;
  reminded_1d_at: Date | null;
}

/**
 * Sends the end-date reminders that are due at `now` and returns how many partnerships it
 * reminded about. For an ACTIVE partnership ending within 7 days, both sides get one email (marked
 * by `reminded_7d_at`); within 1 day, one more (`reminded_1d_at`; a date set less than a day ahead
 * gets only that one). Rows are claimed with `FOR UPDATE SKIP LOCKED`, and each mark is written in
 * the transaction that queues the emails, so several API instances never send a reminder twice.
 * Changing the end date clears the marks.
 */
export async function sendPartnershipRemindersOnce(dataSource: DataSource, publicUrl: string, now: Date = new Date()): Promise<number> {
  return dataSource.transaction(async (tx) => {
    const due: DueRow[] = await tx.query(
      `SELECT id, client_organization_id, partner_organization_id, ends_at, reminded_7d_at, reminded_1d_at
       FROM partnership
       WHERE status = 'ACTIVE' AND ends_at > $1
         AND ((reminded_1d_at IS NULL AND ends_at <= $1::timestamptz + make_interval(days => $3))
              OR (reminded_7d_at IS NULL AND ends_at <= $1::timestamptz + make_interval(days => $2)))
       ORDER BY ends_at, id
       LIMIT $4
       FOR UPDATE SKIP LOCKED`,
      [now, FIRST_DAYS, LAST_DAYS, PARTNERSHIP_REMINDERS.batchSize],
    );
    for (const row of due) {
      const last = row.ends_at.getTime() - now.getTime() <= LAST_DAYS * DAY_MS;
      if (last) {
        await tx.query(`UPDATE partnership SET reminded_1d_at = $2, reminded_7d_at = coalesce(reminded_7d_at, $2) WHERE id = $1`, [row.id, now]);
      } else {
        await tx.query(`UPDATE partnership SET reminded_7d_at = $2 WHERE id = $1`, [row.id, now]);
      }
      const parties = await partnershipParties(tx, row.client_organization_id, row.partner_organization_id);
      const emails = endReminderEmails(parties, {
        endsAt: row.ends_at,
        daysLeft: Math.max(1, Math.ceil((row.ends_at.getTime() - now.getTime()) / DAY_MS)),
        clientLink: clientPartnershipLink(publicUrl, row.client_organization_id, row.id),
        partnerLink: partnerClientsLink(publicUrl, row.partner_organization_id),
      });
      for (const email of emails) await enqueueEmail(tx, email);
    }
    return due.length;
  });
}

export interface PartnershipReminderJob {
  stop(): Promise<void>;
}

/** Runs `sendPartnershipRemindersOnce` at start and then periodically until stopped. */
export function startPartnershipReminderJob(
  dataSource: DataSource,
  publicUrl: () => string,
  log: Logger,
  intervalMs: number = PARTNERSHIP_REMINDERS.intervalMs,
): PartnershipReminderJob {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const tick = () => {
    running = (async () => {
      let handled = 0;
      try {
        handled = await sendPartnershipRemindersOnce(dataSource, publicUrl());
        if (handled) log.info({ partnerships: handled }, 'partnership end reminders queued');
      } catch (error) {
        if (!stopped) log.error({ err: error }, 'partnership reminder job error');
      }
      if (!stopped) timer = setTimeout(tick, handled === PARTNERSHIP_REMINDERS.batchSize ? 0 : intervalMs);
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
