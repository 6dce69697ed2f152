import { CreateEmailOutbox1764170003000 } from './migrations/1764170003000-CreateEmailOutbox';
import { EmailOutboxEntry } from './outbox/email-outbox.entity';
import { startOutboxWorker } from './outbox/outbox-worker';
import { createPolicyLoaders } from './policy/access-policy';
import { defineContext } from './wiring/context-module';

/** What core adds to the process: the email outbox (table and worker) and the access policy's loaders. */
export const coreModule = defineContext({
  name: 'core',
  resolvers: [],
  entities: [EmailOutboxEntry],
  migrations: [CreateEmailOutbox1764170003000],
  loaders: createPolicyLoaders,
  jobs: [({ dataSource, transport, log }) => startOutboxWorker(dataSource, transport, log)],
});
