import nodemailer from 'nodemailer';
import type { Logger } from 'pino';
import type { EmailOutboxEntry } from './email-outbox.entity';

/** Delivers one email or throws; the worker handles retries. */
export interface EmailTransport {
  readonly name: string;
  send(email: EmailOutboxEntry): Promise<void>;
}

/** SMTP through nodemailer (`SMTP_URL`, e.g. smtp://mailpit:1025). */
export function smtpTransport(url: string, from: string): EmailTransport {
  const transporter = nodemailer.createTransport(url);
  return {
    name: 'smtp',
    async send(email) {
      await transporter.sendMail({ from, to: email.toAddress, subject: email.subject, text: email.textBody, html: email.htmlBody });
    },
  };
}

/**
 * Without SMTP the email is logged and marked sent; its body stays readable in the outbox table
 * (and on the developer page /dev/emails outside production). The log line leaves the body out:
 * bodies carry single-use links (invitations, password resets), and secrets never go in a log.
 */
export function logTransport(log: Logger): EmailTransport {
  return {
    name: 'log',
    async send(email) {
      log.info({ to: email.toAddress, subject: email.subject, kind: email.kind, emailId: email.id }, 'email (not sent: no SMTP_URL)');
    },
  };
}
