import { Client } from 'pg';
import { Fixtures, PASSWORD } from './support/fixtures';
import { startTestServer } from './support/test-server';

/** The drain of a stop is bounded: a request that does not finish in time has its connection cut. */
describe('graceful stop', () => {
  it('waits for requests in flight only up to the drain timeout, then cuts their connections', async () => {
    const server = await startTestServer({ OUTBOX_WORKER: 'false' });
    await new Fixtures(server.dataSource).user({ email: 'slow@example.test' });
    const client = server.client();
    await client.login('slow@example.test', PASSWORD);
    const lock = new Client({ connectionString: (server.dataSource.options as { url: string }).url });
    await lock.connect();
    // The stop may end (and the test database be dropped, its connections with it) before this
    // connection lets go of its lock: that is the point, so its end is no error here.
    lock.on('error', () => undefined);
    await lock.query('BEGIN');
    await lock.query('LOCK TABLE session IN ACCESS EXCLUSIVE MODE');
    const outcome = client.request(`{ me { email } }`).then(
      () => 'answered',
      () => 'cut',
    );
    for (;;) {
      const [{ waiting }] = await server.dataSource.query(
        `SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
      );
      if (waiting === 1) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const startedAt = Date.now();
    const closing = server.close({ drainTimeoutMs: 300 });
    expect(await outcome).toBe('cut');
    const elapsed = Date.now() - startedAt;
    expect(elapsed).toBeGreaterThanOrEqual(250);
    expect(elapsed).toBeLessThan(3000);
    await closing;
    await lock.end().catch(() => undefined);
  });
});
