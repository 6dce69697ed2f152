import { resolve } from 'node:path';
import pino from 'pino';
import { Client } from 'pg';
import { enqueueEmail } from '@manager/api-core';
import { migrations, openDatabase, type Database } from '../src/database';
import { startApiProcess, type ApiProcess } from './support/api-process';
import { Fixtures, PASSWORD } from './support/fixtures';
import { errorCode, GraphQLTestClient } from './support/graphql-client';
import { ACCEPT, GRANT, partnershipToken, PEOPLE, seedPartnerWorld, type PartnerWorld } from './support/partnerships';
import { SmtpSink } from './support/smtp-sink';
import { createTestDatabase } from './support/test-server';

/**
 * Several API processes on one database is a supported deployment (README, "Scale past one
 * machine"). Two real processes of `apps/api/src/main.ts` share one PostgreSQL database and one
 * SMTP server (a sink in this test process that records every delivery, duplicates included);
 * each sends with its own envelope sender, so every delivery names the process that made it.
 */
jest.setTimeout(120_000);

const DAY = 24 * 60 * 60 * 1000;
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function until<T>(what: string, probe: () => Promise<T | undefined | false> | T | undefined | false, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

describe('two API processes on one database', () => {
  let database: { url: string; drop(): Promise<void> };
  let sink: SmtpSink;
  let db: Database;
  let world: PartnerWorld;
  const processes: Record<string, ApiProcess> = {};
  const start = (name: string) =>
    startApiProcess(name, database.url, {
      SMTP_URL: sink.url,
      MAIL_FROM: `Manager ${name} <${name.toLowerCase()}@manager.test>`,
      PRELOAD: resolve(__dirname, 'support/frequent-reminders.ts'),
      TEST_REMINDER_INTERVAL_MS: '150',
    }).then((started) => (processes[name] = started));
  const client = (name: string) => new GraphQLTestClient(processes[name].url);
  /** Deliveries per envelope sender: which process sent how many. */
  const sentBy = () => sink.received.reduce<Record<string, number>>((counts, email) => ({ ...counts, [email.from]: (counts[email.from] ?? 0) + 1 }), {});
  const outbox = (): Promise<{ to_address: string; subject: string; status: string; attempts: number }[]> =>
    db.dataSource.query(`SELECT to_address, subject, status, attempts FROM email_outbox ORDER BY to_address, subject`);

  /**
   * Starts A and B so that both reach the migrations at the same moment: the test holds the
   * (empty) migrations table locked until both processes are waiting, then lets go. Without a
   * lock of their own around the migrations, both would then apply them and one would crash.
   */
  async function startTogetherOnAnEmptyDatabase(): Promise<void> {
    const gate = new Client({ connectionString: database.url });
    await gate.connect();
    await gate.query(`CREATE TABLE "migrations" ("id" SERIAL PRIMARY KEY, "timestamp" bigint NOT NULL, "name" character varying NOT NULL)`);
    await gate.query('BEGIN');
    await gate.query('LOCK TABLE "migrations" IN ACCESS EXCLUSIVE MODE');
    const starting = Promise.all([start('A'), start('B')]);
    const watch = new Client({ connectionString: database.url });
    await watch.connect();
    try {
      await until('both processes waiting to migrate', async () => {
        const { rows } = await watch.query(
          `SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE application_name IN ('manager-A', 'manager-B') AND wait_event_type = 'Lock'`,
        );
        return rows[0].waiting === 2;
      });
    } finally {
      await gate.query('COMMIT');
      await gate.end();
      await watch.end();
    }
    await starting;
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    sink = await SmtpSink.start();
    await startTogetherOnAnEmptyDatabase();
    db = await openDatabase({ databaseUrl: database.url, dataDir: '', log: pino({ level: 'silent' }) });
    world = await seedPartnerWorld(new Fixtures(db.dataSource), db.dataSource);
  });

  afterAll(async () => {
    await Promise.all(Object.values(processes).map((p) => p.stop()));
    await db?.close();
    await sink?.close();
    await database?.drop();
  });

  it('apply the migrations once when they start together on an empty database', async () => {
    const applied: { name: string }[] = await db.dataSource.query(`SELECT name FROM migrations ORDER BY id`);
    expect(applied.map((m) => m.name)).toEqual(migrations.map((m) => m.name));
    const appliers = ['A', 'B'].filter((name) => processes[name].lines.some((line) => line['msg'] === 'migrations applied'));
    expect(appliers).toHaveLength(1);
    for (const name of ['A', 'B']) expect((await fetch(`${processes[name].url}/healthz`)).status).toBe(200);
  });

  it('share sessions: signed in on one, signed in on the other; signed out on one, out on both', async () => {
    const onA = client('A');
    expect((await onA.login(PEOPLE.clientAdmin, PASSWORD)).errors).toBeUndefined();
    const onB = client('B');
    onB.cookies.set('session', onA.cookies.get('session') as string);
    expect(await onB.data(`{ me { email } }`)).toEqual({ me: { email: PEOPLE.clientAdmin } });
    await onB.data(`mutation { logout { success } }`);
    expect(await onA.data(`{ me { email } }`)).toEqual({ me: null });
  });

  it('share the login throttle: five wrong passwords spread over both, and the sixth attempt is refused on either', async () => {
    for (let attempt = 0; attempt < 5; attempt++) {
      const response = await client(attempt % 2 ? 'B' : 'A').login(PEOPLE.clientUser, `wrong password ${attempt}`);
      expect(errorCode(response)).toBe('UNAUTHENTICATED');
    }
    expect(errorCode(await client('A').login(PEOPLE.clientUser, PASSWORD))).toBe('TOO_MANY_REQUESTS');
    expect(errorCode(await client('B').login(PEOPLE.clientUser, 'wrong password 6'))).toBe('TOO_MANY_REQUESTS');
  });

  it('send each outbox email once, both workers sharing the work, and each end-date reminder once', async () => {
    sink.delayMs = 20;
    // A partnership through the API, across the processes: granted on A, accepted on B.
    const lr = client('A');
    await lr.login(PEOPLE.clientLr, PASSWORD);
    const endsAt = new Date(Date.now() + 3 * DAY);
    await lr.data(GRANT, {
      input: { clientOrganizationId: world.client.id, partnerOrganizationId: world.partner.id, access: 'LIMITED', productIds: [world.products[0].id], endsAt },
    });
    const paul = client('B');
    await paul.login(PEOPLE.partnerLr, PASSWORD);
    await paul.data(ACCEPT, { input: { token: await partnershipToken(db.dataSource) } });
    // And a burst of plain emails, more than one batch for each worker.
    await db.dataSource.transaction(async (tx) => {
      for (let i = 0; i < 60; i++) {
        await enqueueEmail(tx, { kind: 'TEST', to: `person${i}@example.test`, subject: `Burst ${i}`, text: `Hello ${i}`, html: `<p>Hello ${i}</p>` });
      }
    });

    // Ends within 7 days: both sides get the 7-day reminder (3 people), from whichever process runs the job first.
    const reminders = () => db.dataSource.query(`SELECT to_address FROM email_outbox WHERE kind = 'PARTNERSHIP_END_REMINDER'`);
    await until('the reminders', async () => (await reminders()).length > 0);
    await until('every email sent', async () => (await outbox()).every((row) => row.status === 'SENT') && sink.received.length >= (await outbox()).length);
    // Both jobs keep running every 150 ms: a second reminder would show up now.
    await sleep(1500);

    const rows = await outbox();
    expect((await reminders()).length).toBe(3);
    expect(rows.every((row) => row.status === 'SENT' && row.attempts === 1)).toBe(true);
    const delivered = sink.received.map((email) => `${email.to.join(',')} | ${email.subject}`).sort();
    expect(delivered).toEqual(rows.map((row) => `${row.to_address} | ${row.subject}`).sort());
    expect(new Set(delivered).size).toBe(delivered.length);
    const bySender = sentBy();
    expect(Object.keys(bySender).sort()).toEqual(['a@manager.test', 'b@manager.test']);
    const reminderRuns = (name: string) =>
      processes[name].lines.filter((line) => line['msg'] === 'sql' && String(line['query']).includes('reminded_7d_at IS NULL')).length;
    expect(reminderRuns('A')).toBeGreaterThan(5);
    expect(reminderRuns('B')).toBeGreaterThan(5);
    console.log(
      `two processes: ${rows.length} outbox emails, ${sink.received.length} deliveries (${JSON.stringify(bySender)}), ` +
        `${(await reminders()).length} reminder emails after ${reminderRuns('A')} + ${reminderRuns('B')} reminder runs`,
    );
  });

  it('on SIGTERM, finish the requests in flight, accept no new connection, and exit 0', async () => {
    const a = processes['A'];
    const signedIn = client('A');
    await signedIn.login(PEOPLE.clientAdmin, PASSWORD);
    // Hold the session table: requests that read or write a session wait inside the server.
    const lock = new Client({ connectionString: database.url });
    await lock.connect();
    await lock.query('BEGIN');
    await lock.query('LOCK TABLE session IN ACCESS EXCLUSIVE MODE');
    const inFlight = [
      signedIn.request(`{ me { email } }`),
      signedIn.request(`{ me { email } }`),
      client('A').login(PEOPLE.partnerAdmin, PASSWORD),
    ];
    await until('three requests waiting inside process A', async () => {
      // Asked outside the lock's transaction: inside one, pg_stat_activity is a snapshot.
      const [{ waiting }] = await db.dataSource.query(
        `SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE application_name = 'manager-A' AND wait_event_type = 'Lock'`,
      );
      return waiting === 3;
    });
    const signalledAt = Date.now();
    a.child.kill('SIGTERM');
    await until('A to stop listening', async () => fetch(`${a.url}/healthz`).then(() => false, () => true));
    await sleep(300);
    expect(a.child.exitCode).toBeNull(); // still draining
    await lock.query('COMMIT');
    await lock.end();

    const responses = await Promise.all(inFlight);
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(responses.map((r) => r.data)).toEqual([
      { me: { email: PEOPLE.clientAdmin } },
      { me: { email: PEOPLE.clientAdmin } },
      { login: { user: { id: expect.any(String), email: PEOPLE.partnerAdmin } } },
    ]);
    expect(await a.exited).toEqual({ code: 0, signal: null });
    expect(a.lines.map((line) => line['msg'])).toContain('stopped');
    console.log(`SIGTERM: 3 requests in flight completed with 200, process exited 0 after ${Date.now() - signalledAt} ms`);
  });

  it('on SIGTERM while sending, finish the email in flight and hand the rest of the batch to the other process, each sent once', async () => {
    await start('C'); // A has stopped: C and B share the outbox now.
    sink.received.length = 0;
    sink.delayMs = 1000;
    const firstSender = new Promise<string>((done) => sink.once('data', done));
    await db.dataSource.transaction(async (tx) => {
      for (let i = 0; i < 10; i++) await enqueueEmail(tx, { kind: 'TEST', to: `late${i}@example.test`, subject: `Late ${i}`, text: 'x', html: '<p>x</p>' });
    });
    // One batch holds all ten: whichever process claimed it is stopped mid-send.
    const sender = (await firstSender) === 'b@manager.test' ? processes['B'] : processes['C'];
    const other = sender === processes['B'] ? 'C' : 'B';
    const signalledAt = Date.now();
    sender.child.kill('SIGTERM');
    sink.delayMs = 0; // only the email already on its way is slow
    expect(await sender.exited).toEqual({ code: 0, signal: null });
    const stoppedAfter = Date.now() - signalledAt;
    // It waited for the slow server's answer to the email in flight before it exited.
    expect(stoppedAfter).toBeGreaterThan(800);

    await until('every late email sent', async () => (await outbox()).filter((row) => row.to_address.startsWith('late')).every((row) => row.status === 'SENT'));
    await sleep(500);
    const late = (await outbox()).filter((row) => row.to_address.startsWith('late'));
    expect(late.map((row) => `${row.status}/${row.attempts}`)).toEqual(Array(10).fill('SENT/1'));
    const delivered = sink.received.map((email) => email.to.join(',')).sort();
    expect(delivered).toEqual(late.map((row) => row.to_address).sort());
    expect(sentBy()).toEqual({ [`${sender.name.toLowerCase()}@manager.test`]: 1, [`${other.toLowerCase()}@manager.test`]: 9 });
    console.log(`SIGTERM mid-send: ${sender.name} finished its email in flight and exited 0 after ${stoppedAfter} ms; ${other} sent the other 9; 10 deliveries for 10 emails`);
  });
});
