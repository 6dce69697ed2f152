import { Fixtures, PASSWORD } from './support/fixtures';
import { errorCode } from './support/graphql-client';
import { signedIn } from './support/members';
import { ACCEPT, emails, GRANT, ORGANIZATION_PRODUCTS, partnershipToken, PEOPLE, REFUSE, seedPartnerWorld, TERMINATE, type PartnerWorld } from './support/partnerships';
import { startTestServer, type TestServer } from './support/test-server';

describe('partnership races', () => {
  let server: TestServer;
  let fixtures: Fixtures;
  let world: PartnerWorld;

  beforeAll(async () => {
    server = await startTestServer({ OUTBOX_WORKER: 'false' });
    fixtures = new Fixtures(server.dataSource);
  });
  afterAll(() => server.close());
  beforeEach(async () => {
    await server.reset();
    world = await seedPartnerWorld(fixtures, server.dataSource);
  });

  async function grant() {
    const lr = await signedIn(server, PEOPLE.clientLr);
    const { grantPartnerAccess } = await lr.data(GRANT, {
      input: { clientOrganizationId: world.client.id, partnerOrganizationId: world.partner.id, access: 'LIMITED', productIds: [world.products[0].id] },
    });
    return { id: grantPartnerAccess.partnership.id as string, token: await partnershipToken(server.dataSource), lr };
  }

  const statuses = () => server.dataSource.query(`SELECT status FROM partnership ORDER BY status`);

  it('two accepts of the same link at the same moment: exactly one wins', async () => {
    const { token } = await grant();
    const [paul, sara] = await Promise.all([signedIn(server, PEOPLE.partnerLr), signedIn(server, PEOPLE.partnerAdmin)]);
    for (let round = 0; round < 3; round++) {
      const results = await Promise.all([paul.request(ACCEPT, { input: { token } }), sara.request(ACCEPT, { input: { token } })]);
      const codes = results.map(errorCode);
      if (round === 0) {
        expect(codes.filter((c) => c === undefined)).toHaveLength(1);
        // The loser either waited for the winner's UPDATE (CONFLICT) or came after it (the token is gone).
        expect(['CONFLICT', 'BAD_USER_INPUT']).toContain(codes.find((c) => c !== undefined));
      } else {
        expect(codes).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT']);
      }
    }
    expect(await statuses()).toEqual([{ status: 'ACTIVE' }]);
    expect(await emails(server.dataSource, 'PARTNERSHIP_ACCEPTED')).toHaveLength(3);
    expect(await server.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'partnership.accepted'`)).toEqual([{ n: 2 }]);
  });

  it('an answer that loses the race inside its UPDATE is a CONFLICT and writes nothing', async () => {
    const { id, token } = await grant();
    const paul = await signedIn(server, PEOPLE.partnerLr);
    // Another transaction cancels the invitation and holds the row: the accept reads it still PENDING
    // (the link works), then its guarded UPDATE waits, and finds nothing PENDING once the cancel commits.
    const rival = server.dataSource.createQueryRunner();
    await rival.connect();
    await rival.startTransaction();
    await rival.query(`UPDATE partnership SET status = 'CANCELLED', ended_at = now() WHERE id = $1`, [id]);
    const answer = paul.request(ACCEPT, { input: { token } });
    for (let waited = 0; ; waited += 20) {
      const [{ n }] = await server.dataSource.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE 'UPDATE "partnership"%'`,
      );
      if (n > 0 || waited > 5000) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await rival.commitTransaction();
    await rival.release();
    const response = await answer;
    expect(errorCode(response)).toBe('CONFLICT');
    expect(response.errors?.[0]?.message).toBe('This invitation was answered meanwhile.');
    expect(response.errors?.[0]?.extensions?.['field']).toBe('partnershipId');
    expect(await statuses()).toEqual([{ status: 'CANCELLED' }]);
    expect(await emails(server.dataSource, 'PARTNERSHIP_ACCEPTED')).toHaveLength(0);
  });

  it('accept and refuse by id at the same moment: exactly one answer counts', async () => {
    const { id } = await grant();
    const [paul, sara] = await Promise.all([signedIn(server, PEOPLE.partnerLr), signedIn(server, PEOPLE.partnerAdmin)]);
    const results = await Promise.all([paul.request(ACCEPT, { input: { partnershipId: id } }), sara.request(REFUSE, { input: { partnershipId: id } })]);
    const codes = results.map(errorCode);
    expect(codes.filter((c) => c === undefined)).toHaveLength(1);
    expect(codes.filter((c) => c !== undefined)).toEqual(['CONFLICT']);
    const [{ status }] = await statuses();
    expect(['ACTIVE', 'REFUSED']).toContain(status);
    expect(await server.dataSource.query(`SELECT count(*)::int AS n FROM email_outbox WHERE kind IN ('PARTNERSHIP_ACCEPTED', 'PARTNERSHIP_REFUSED')`)).toEqual([
      { n: status === 'ACTIVE' ? 3 : 1 },
    ]);
  });

  it('two grants to the same partner at the same moment: one PENDING row, the other CONFLICT', async () => {
    const [lr1, lr2] = await Promise.all([signedIn(server, PEOPLE.clientLr), signedIn(server, PEOPLE.clientLr)]);
    const input = { clientOrganizationId: world.client.id, partnerOrganizationId: world.partner.id, access: 'COMPLETE', billingOwner: 'CLIENT' };
    for (let round = 0; round < 3; round++) {
      await server.dataSource.query(`DELETE FROM partnership`);
      await server.dataSource.query(`DELETE FROM email_outbox`);
      const results = await Promise.all([lr1.request(GRANT, { input }), lr2.request(GRANT, { input })]);
      const codes = results.map(errorCode).sort();
      expect(codes).toEqual(['CONFLICT', undefined]);
      expect(results.map((r) => r.errors?.[0]?.extensions?.['field']).filter(Boolean)).toEqual(['partnerOrganizationId']);
      expect(await statuses()).toEqual([{ status: 'PENDING' }]);
      // The loser's invitation emails were rolled back with it.
      expect(await emails(server.dataSource, 'PARTNERSHIP_INVITATION')).toHaveLength(2);
    }
  });

  it('both sides terminate at the same moment: one TERMINATED, one CONFLICT, and the partner is out', async () => {
    const { token } = await grant();
    const paul = await signedIn(server, PEOPLE.partnerLr);
    await paul.data(ACCEPT, { input: { token } });
    const [{ id }] = await server.dataSource.query(`SELECT id FROM partnership`);
    const lr = await signedIn(server, PEOPLE.clientLr);
    const results = await Promise.all([
      lr.request(TERMINATE, { input: { partnershipId: id, password: PASSWORD } }),
      paul.request(TERMINATE, { input: { partnershipId: id, password: PASSWORD } }),
    ]);
    expect(results.map(errorCode).sort()).toEqual(['CONFLICT', undefined]);
    expect(await statuses()).toEqual([{ status: 'TERMINATED' }]);
    expect(await emails(server.dataSource, 'PARTNERSHIP_TERMINATED')).toHaveLength(3);
    expect(errorCode(await paul.request(ORGANIZATION_PRODUCTS, { id: world.client.id }))).toBe('NOT_FOUND');
  });
});
