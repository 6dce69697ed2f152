import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { EmailStatus, type EmailOutboxEntry } from './email-outbox.entity';
import type { EmailTransport } from './email-transport';

export const OUTBOX = {
  batchSize: 10,
  pollIntervalMs: 1000,
  /** After this many failed attempts an email is marked FAILED and left for a person to look at. */
  maxAttempts: 8,
} as const;

/** Wait before the next attempt: 30 s, 1 min, 2 min, … capped at one hour. */
export function retryDelaySeconds(attempts: number): number {
  return Math.min(30 * 2 ** (attempts - 1), 3600);
}

/**
 * Sends one batch of due emails and returns how many it handled. Rows are claimed with
 * `FOR UPDATE SKIP LOCKED` inside a transaction, so any number of workers (in any number of API
 * instances) can run at once and each email is handled by exactly one of them.
 *
 * A claim is only a row lock, never a status written ahead: if the process dies mid-batch, its
 * connection drops, PostgreSQL rolls the transaction back and the rows are PENDING again at once
 * (nothing waits for a lease to expire). `shouldStop` is asked before each email: when the process
 * is stopping, the batch ends after the email being sent, the outcomes so far are committed and
 * the rest of the claimed rows are released untouched for another instance.
 */
export async function drainOutboxOnce(
  dataSource: DataSource,
  transport: EmailTransport,
  log: Logger,
  shouldStop: () => boolean = () => false,
): Promise<number> {
  return dataSource.transaction(async (tx) => {
    const due: EmailOutboxEntry[] = await tx.query(
      `SELECT id, kind, to_address AS "toAddress", subject, text_body AS "textBody", html_body AS "htmlBody", attempts
       FROM email_outbox
       WHERE status = 'PENDING' AND send_after <= now()
       ORDER BY created_at
       LIMIT $1
       FOR UPDATE SKIP LOCKED`,
      [OUTBOX.batchSize],
    );
    let handled = 0;
    for (const email of due) {
      if (shouldStop()) break;
      handled += 1;
      try {
        await transport.send(email);
        await tx.query(`UPDATE email_outbox SET status = $2, sent_at = now(), attempts = attempts + 1, last_error = NULL WHERE id = $1`, [
          email.id,
          EmailStatus.SENT,
        ]);
      } catch (error) {
        const attempts = email.attempts + 1;
        const status = attempts >= OUTBOX.maxAttempts ? EmailStatus.FAILED : EmailStatus.PENDING;
        log.warn({ err: error, emailId: email.id, attempts, status }, 'email delivery failed');
        await tx.query(
          `UPDATE email_outbox SET attempts = $2, status = $3, last_error = $4, send_after = now() + make_interval(secs => $5) WHERE id = $1`,
          [email.id, attempts, status, String((error as Error)?.message ?? error).slice(0, 1000), retryDelaySeconds(attempts)],
        );
      }
    }
    return handled;
  });
}

export interface OutboxWorker {
  stop(): Promise<void>;
}

/**
 * Polls the outbox until stopped; a full batch is followed at once by the next one. `stop()`
 * resolves once the email being sent (if any) is done and the batch's transaction has ended.
 */
export function startOutboxWorker(dataSource: DataSource, transport: EmailTransport, log: Logger): OutboxWorker {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const tick = () => {
    running = (async () => {
      let handled = 0;
      try {
        handled = await drainOutboxOnce(dataSource, transport, log, () => stopped);
      } catch (error) {
        if (!stopped) log.error({ err: error }, 'outbox worker error');
      }
      if (!stopped) timer = setTimeout(tick, handled === OUTBOX.batchSize ? 0 : OUTBOX.pollIntervalMs);
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
