import { sendPartnershipRemindersOnce } from '@manager/api-partners';
import { Fixtures, PASSWORD } from './support/fixtures';
import { signedIn } from './support/members';
import { ACCEPT, emails, GRANT, partnershipToken, PEOPLE, seedPartnerWorld, SET_END, TERMINATE, type PartnerWorld } from './support/partnerships';
import { startTestServer, type TestServer } from './support/test-server';

const PUBLIC_URL = 'https://manager.example.test';
const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;

describe('partnership end-date reminders', () => {
  let server: TestServer;
  let fixtures: Fixtures;
  let world: PartnerWorld;

  beforeAll(async () => {
    server = await startTestServer({ PUBLIC_URL, OUTBOX_WORKER: 'false' });
    fixtures = new Fixtures(server.dataSource);
  });
  afterAll(() => server.close());
  beforeEach(async () => {
    await server.reset();
    world = await seedPartnerWorld(fixtures, server.dataSource);
  });

  /** An ACTIVE partnership (through the API) ending at `endsAt`. */
  async function activeUntil(endsAt: Date) {
    const lr = await signedIn(server, PEOPLE.clientLr);
    const { grantPartnerAccess } = await lr.data(GRANT, {
      input: {
        clientOrganizationId: world.client.id,
        partnerOrganizationId: world.partner.id,
        access: 'LIMITED',
        productIds: [world.products[0].id],
        endsAt: endsAt.toISOString(),
      },
    });
    const paul = await signedIn(server, PEOPLE.partnerLr);
    await paul.data(ACCEPT, { input: { token: await partnershipToken(server.dataSource) } });
    await server.dataSource.query(`DELETE FROM email_outbox`);
    return { id: grantPartnerAccess.partnership.id as string, lr, paul };
  }

  const reminders = () => emails(server.dataSource, 'PARTNERSHIP_END_REMINDER');
  const run = (now: Date) => sendPartnershipRemindersOnce(server.dataSource, PUBLIC_URL, now);

  it('reminds both sides once 7 days before and once 1 day before, and never after the end', async () => {
    const endsAt = new Date(Date.now() + 10 * DAY);
    const { id } = await activeUntil(endsAt);
    expect(await run(new Date())).toBe(0);
    expect(await run(new Date(endsAt.getTime() - 7 * DAY - HOUR))).toBe(0);
    expect(await reminders()).toEqual([]);

    expect(await run(new Date(endsAt.getTime() - 7 * DAY + HOUR))).toBe(1);
    const first = await reminders();
    expect(first.map((e) => e.to_address).sort()).toEqual([PEOPLE.clientLr, PEOPLE.partnerContact, PEOPLE.partnerLr].sort());
    const toClient = first.find((e) => e.to_address === PEOPLE.clientLr) as { subject: string; text_body: string; html_body: string };
    expect(toClient.subject).toBe('The partnership between Acme SA and Pixel Partners ends in 7 days');
    expect(toClient.text_body).toContain(new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(endsAt));
    expect(toClient.text_body).toContain(`${PUBLIC_URL}/org/${world.client.id}/partners/${id}`);
    expect(first.find((e) => e.to_address === PEOPLE.partnerLr)?.text_body).toContain(`${PUBLIC_URL}/org/${world.partner.id}/clients`);
    // Sent once: later runs within the week add nothing.
    expect(await run(new Date(endsAt.getTime() - 7 * DAY + 2 * HOUR))).toBe(0);
    expect(await run(new Date(endsAt.getTime() - 3 * DAY))).toBe(0);
    expect(await reminders()).toHaveLength(3);

    expect(await run(new Date(endsAt.getTime() - DAY + HOUR))).toBe(1);
    const all = await reminders();
    expect(all).toHaveLength(6);
    expect(all.filter((e) => e.subject.endsWith('ends tomorrow'))).toHaveLength(3);
    expect(await run(new Date(endsAt.getTime() - HOUR))).toBe(0);
    expect(await run(new Date(endsAt.getTime() + HOUR))).toBe(0);
    expect(await reminders()).toHaveLength(6);
    const [marks] = await server.dataSource.query(`SELECT reminded_7d_at, reminded_1d_at FROM partnership`);
    expect(marks.reminded_7d_at).not.toBeNull();
    expect(marks.reminded_1d_at).not.toBeNull();
  });

  it('sends only the last reminder for an end date less than a day ahead', async () => {
    const endsAt = new Date(Date.now() + 12 * HOUR);
    await activeUntil(endsAt);
    expect(await run(new Date())).toBe(1);
    expect((await reminders()).map((e) => e.subject)).toEqual(Array(3).fill('The partnership between Acme SA and Pixel Partners ends tomorrow'));
    expect(await run(new Date(Date.now() + HOUR))).toBe(0);
  });

  it('starts over when the end date moves, and reminds nobody once the partnership is terminated', async () => {
    const endsAt = new Date(Date.now() + 5 * DAY);
    const { id, lr } = await activeUntil(endsAt);
    expect(await run(new Date())).toBe(1);
    const later = new Date(Date.now() + 20 * DAY);
    await lr.data(SET_END, { input: { partnershipId: id, endsAt: later.toISOString() } });
    await server.dataSource.query(`DELETE FROM email_outbox`);
    expect(await run(new Date())).toBe(0);
    expect(await run(new Date(later.getTime() - 6 * DAY))).toBe(1);
    expect(await reminders()).toHaveLength(3);
    await lr.data(TERMINATE, { input: { partnershipId: id, password: PASSWORD } });
    expect(await run(new Date(later.getTime() - DAY + HOUR))).toBe(0);
  });

  it('two runs at the same moment send each reminder once', async () => {
    await activeUntil(new Date(Date.now() + 3 * DAY));
    const counts = await Promise.all([run(new Date()), run(new Date()), run(new Date())]);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(1);
    expect(await reminders()).toHaveLength(3);
  });
});
