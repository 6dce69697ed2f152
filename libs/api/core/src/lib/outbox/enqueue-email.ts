import type { EntityManager } from 'typeorm';
import { EmailOutboxEntry } from './email-outbox.entity';

export interface OutgoingEmail {
  kind: string;
  to: string;
  subject: string;
  /** The plain-text part: every email has one. */
  text: string;
  /** A light HTML part (inline styles only, no remote images). */
  html: string;
}

/**
 * Queues an email inside the caller's transaction: pass the transaction's manager, never the
 * global one, so that a rolled-back change sends nothing.
 *
 * @example
 * await dataSource.transaction(async (tx) => {
 *   await tx.insert(Invitation, invitation);
 *   await enqueueEmail(tx, { kind: 'MEMBER_INVITATION', to, subject, text, html });
 * });
 */
export async function enqueueEmail(manager: EntityManager, email: OutgoingEmail): Promise<void> {
  if (!manager.queryRunner?.isTransactionActive) {
    throw new Error('enqueueEmail must run inside the transaction of the change that causes the email');
  }
  await manager.insert(EmailOutboxEntry, {
    kind: email.kind,
    toAddress: email.to,
    subject: email.subject,
    textBody: email.text,
    htmlBody: email.html,
  });
}
