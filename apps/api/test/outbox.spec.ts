import pino from 'pino';
import { drainOutboxOnce, enqueueEmail, OUTBOX, retryDelaySeconds, startOutboxWorker, type EmailTransport } from '@manager/api-core';
import { startTestServer, type TestServer } from './support/test-server';

const log = pino({ level: 'silent' });
const email = (n: number) => ({
  kind: 'TEST',
  to: `person${n}@example.test`,
  subject: `Hello ${n}`,
  text: `Plain text ${n}`,
  html: `<p>HTML ${n}</p>`,
});

/** A transport that records what it delivered, slowly, so that two workers overlap. */
function recordingTransport(delivered: string[], options: { failFor?: string } = {}): EmailTransport {
  return {
    name: 'recording',
    async send(entry) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      if (entry.toAddress === options.failFor) throw new Error('mailbox unavailable');
      delivered.push(entry.toAddress);
    },
  };
}

describe('email outbox', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ OUTBOX_WORKER: 'false' });
  });
  afterAll(() => server.close());
  beforeEach(() => server.reset());

  it('writes emails only with the change that causes them: a rolled-back transaction leaves none', async () => {
    await expect(
      server.dataSource.transaction(async (tx) => {
        await enqueueEmail(tx, email(1));
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    await server.dataSource.transaction((tx) => enqueueEmail(tx, email(2)));
    const rows = await server.dataSource.query(`SELECT to_address, text_body, html_body, status FROM email_outbox`);
    expect(rows).toEqual([{ to_address: 'person2@example.test', text_body: 'Plain text 2', html_body: '<p>HTML 2</p>', status: 'PENDING' }]);
  });

  it('refuses to queue an email outside a transaction', async () => {
    await expect(enqueueEmail(server.dataSource.manager, email(1))).rejects.toThrow(/inside the transaction/);
  });

  it('sends every email exactly once with two workers draining at the same time', async () => {
    const count = 45;
    await server.dataSource.transaction(async (tx) => {
      for (let i = 0; i < count; i++) await enqueueEmail(tx, email(i));
    });
    const delivered: string[] = [];
    const transport = recordingTransport(delivered);
    const worker = async () => {
      let handled = 0;
      while ((handled = await drainOutboxOnce(server.dataSource, transport, log)) > 0) void handled;
    };
    await Promise.all([worker(), worker()]);
    expect(delivered).toHaveLength(count);
    expect(new Set(delivered).size).toBe(count);
    const [{ sent }] = await server.dataSource.query(`SELECT count(*)::int AS sent FROM email_outbox WHERE status = 'SENT' AND sent_at IS NOT NULL`);
    expect(sent).toBe(count);
  });

  it('retries a failed delivery later with back-off, and gives up after the last attempt', async () => {
    await server.dataSource.transaction(async (tx) => {
      await enqueueEmail(tx, email(1));
      await enqueueEmail(tx, email(2));
    });
    const delivered: string[] = [];
    const transport = recordingTransport(delivered, { failFor: 'person1@example.test' });
    expect(await drainOutboxOnce(server.dataSource, transport, log)).toBe(2);
    expect(delivered).toEqual(['person2@example.test']);
    const [failed] = await server.dataSource.query(
      `SELECT status, attempts, last_error, round(extract(epoch FROM send_after - now())) AS wait FROM email_outbox WHERE to_address = 'person1@example.test'`,
    );
    expect(failed).toMatchObject({ status: 'PENDING', attempts: 1, last_error: 'mailbox unavailable' });
    expect(Number(failed.wait)).toBeGreaterThanOrEqual(retryDelaySeconds(1) - 2);
    // Not due yet: the next drain leaves it alone.
    expect(await drainOutboxOnce(server.dataSource, transport, log)).toBe(0);
    for (let attempt = 2; attempt <= OUTBOX.maxAttempts; attempt++) {
      await server.dataSource.query(`UPDATE email_outbox SET send_after = now() WHERE status = 'PENDING'`);
      await drainOutboxOnce(server.dataSource, transport, log);
    }
    const [final] = await server.dataSource.query(`SELECT status, attempts FROM email_outbox WHERE to_address = 'person1@example.test'`);
    expect(final).toEqual({ status: 'FAILED', attempts: OUTBOX.maxAttempts });
  });

  it('stopping mid-batch finishes the email being sent and hands the rest of the batch back at once', async () => {
    await server.dataSource.transaction(async (tx) => {
      for (let i = 0; i < 5; i++) await enqueueEmail(tx, email(i));
    });
    const delivered: string[] = [];
    let started!: () => void;
    const sending = new Promise<void>((resolve) => (started = resolve));
    let finish!: () => void;
    const gate = new Promise<void>((resolve) => (finish = resolve));
    const slow: EmailTransport = {
      name: 'slow',
      async send(entry) {
        started();
        await gate;
        delivered.push(entry.toAddress);
      },
    };
    const worker = startOutboxWorker(server.dataSource, slow, log);
    await sending;
    // While the first email is on its way, the batch holds all five rows.
    expect(await drainOutboxOnce(server.dataSource, recordingTransport([]), log)).toBe(0);
    const stopped = worker.stop();
    finish();
    await stopped;
    expect(delivered).toEqual(['person0@example.test']);
    const rows = await server.dataSource.query(`SELECT to_address, status, attempts FROM email_outbox ORDER BY to_address`);
    expect(rows.map((r: { status: string; attempts: number }) => `${r.status}/${r.attempts}`)).toEqual(['SENT/1', ...Array(4).fill('PENDING/0')]);
    const others: string[] = [];
    expect(await drainOutboxOnce(server.dataSource, recordingTransport(others), log)).toBe(4);
    expect(others.sort()).toEqual([1, 2, 3, 4].map((n) => `person${n}@example.test`));
  });

  it('a worker whose database connection dies mid-batch leaves no email stuck: they are PENDING again at once', async () => {
    await server.dataSource.transaction(async (tx) => {
      for (let i = 0; i < 3; i++) await enqueueEmail(tx, email(i));
    });
    const dying: EmailTransport = {
      name: 'dying',
      async send() {
        // What a killed process looks like to PostgreSQL: its connection goes away mid-transaction.
        await server.dataSource.query(
          `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
           WHERE datname = current_database() AND pid <> pg_backend_pid() AND state = 'idle in transaction'`,
        );
      },
    };
    await expect(drainOutboxOnce(server.dataSource, dying, log)).rejects.toThrow();
    const statuses = await server.dataSource.query(`SELECT status, attempts FROM email_outbox`);
    expect(statuses).toEqual(Array(3).fill({ status: 'PENDING', attempts: 0 }));
    const delivered: string[] = [];
    expect(await drainOutboxOnce(server.dataSource, recordingTransport(delivered), log)).toBe(3);
  });

  it('grows the delay between attempts, up to an hour', () => {
    expect([1, 2, 3, 4].map(retryDelaySeconds)).toEqual([30, 60, 120, 240]);
    expect(retryDelaySeconds(20)).toBe(3600);
  });

  it('lists emails on the developer page outside production', async () => {
    await server.dataSource.transaction((tx) => enqueueEmail(tx, { ...email(7), text: 'Accept: http://localhost/x?token=abc' }));
    const json = await (await fetch(`${server.url}/dev/emails.json?to=person7@example.test`)).json();
    expect(json).toHaveLength(1);
    const html = await (await fetch(`${server.url}/dev/emails`)).text();
    expect(html).toContain('<a href="http://localhost/x?token=abc">');
  });
});
