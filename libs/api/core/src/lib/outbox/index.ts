export { EmailOutboxEntry, EmailStatus } from './email-outbox.entity';
export { enqueueEmail, type OutgoingEmail } from './enqueue-email';
export { logTransport, smtpTransport, type EmailTransport } from './email-transport';
export { drainOutboxOnce, startOutboxWorker, retryDelaySeconds, OUTBOX, type OutboxWorker } from './outbox-worker';
