import type { Logger } from 'pino';
import { onFirstUse } from '../on-first-use';
import type { EmailOutboxEntry } from './email-outbox.entity';

/** Delivers one email or throws; the worker handles retries. */
export interface EmailTransport {
  readonly name: string;
  send(email: EmailOutboxEntry): Promise<void>;
}

/**
 * Bounds on one SMTP exchange. The worker holds its claimed rows while it sends, so a server that
 * stops answering must not keep them for nodemailer's default ten minutes.
 */
export const SMTP_TIMEOUTS = { connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 30_000 } as const;

/** SMTP through nodemailer (`SMTP_URL`, e.g. smtp://mailpit:1025). */
export function smtpTransport(url: string, from: string): EmailTransport {
  // nodemailer loads with the first email, in the process that runs the outbox worker only.
  const transporter = onFirstUse(async () => (await import('nodemailer')).default.createTransport({ url, ...SMTP_TIMEOUTS }));
  return {
    name: 'smtp',
    async send(email) {
      await (await transporter()).sendMail({ from, to: email.toAddress, subject: email.subject, text: email.textBody, html: email.htmlBody });
    },
  };
}

/**
 * Without SMTP the email is marked sent and a line is logged; the email stays readable in the
 * outbox table (and on the developer page /dev/emails outside production). The line names the
 * email, never its body: bodies carry invitation and reset links, which are secrets.
 */
export function logTransport(log: Logger): EmailTransport {
  return {
    name: 'log',
    async send(email) {
      log.info({ emailId: email.id, kind: email.kind, to: email.toAddress, subject: email.subject }, 'email (not sent: no SMTP_URL)');
    },
  };
}
