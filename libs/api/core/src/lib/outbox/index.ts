import { CreateEmailOutbox1764170003000 } from '../migrations/1764170003000-CreateEmailOutbox';
import { EmailOutboxEntry } from './email-outbox.entity';

export { EmailOutboxEntry, EmailStatus } from './email-outbox.entity';
export { enqueueEmail, type OutgoingEmail } from './enqueue-email';
export { logTransport, smtpTransport, type EmailTransport } from './email-transport';
export { drainOutboxOnce, startOutboxWorker, retryDelaySeconds, OUTBOX, type OutboxWorker } from './outbox-worker';

export const outboxEntities = [EmailOutboxEntry];
export const outboxMigrations = [CreateEmailOutbox1764170003000];
