import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const EmailStatus = { PENDING: 'PENDING', SENT: 'SENT', FAILED: 'FAILED' } as const;
export type EmailStatus = (typeof EmailStatus)[keyof typeof EmailStatus];

/**
 * An email to send, written in the same transaction as the change that causes it: either both
 * happen or neither does. The outbox worker sends it afterwards and records the outcome.
 */
@Entity({ name: 'email_outbox' })
export class EmailOutboxEntry {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** What kind of email (INVITATION, MEMBER_INVITATION, …): for logs, tests and the dev page. */
  @Column({ type: 'text' })
  kind!: string;

  @Column({ name: 'to_address', type: 'text' })
  toAddress!: string;

  @Column({ type: 'text' })
  subject!: string;

  @Column({ name: 'text_body', type: 'text' })
  textBody!: string;

  @Column({ name: 'html_body', type: 'text' })
  htmlBody!: string;

  @Column({ type: 'text', default: EmailStatus.PENDING })
  status!: EmailStatus;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ name: 'send_after', type: 'timestamptz', default: () => 'now()' })
  sendAfter!: Date;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
