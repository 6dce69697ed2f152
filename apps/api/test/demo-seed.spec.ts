import { CURRENT_TERMS_VERSION } from '@manager/domain';
import { seedDemoData } from '@manager/demo-seed';
import { startTestServer, type TestServer } from './support/test-server';

const TRAIL = `query($id: ID!) { organization(id: $id) { auditTrail(first: 50) { edges { node { actorName action summary } } } } }`;
const LEDGER = `query($id: ID!) { organization(id: $id) { wallet { entries(first: 10) { edges { node { kind description } } } } } }`;

/** The demo organizations' activity tells what the seed made, as if their people had done it in the app. */
describe('demo seed activity', () => {
  let server: TestServer;
  const ids = new Map<string, string>();
  beforeAll(async () => {
    server = await startTestServer({ OUTBOX_WORKER: 'false' });
    expect(await seedDemoData(server.dataSource)).toBe(true);
    for (const row of await server.dataSource.query(`SELECT id, name FROM organization`)) ids.set(row.name, row.id);
  });
  afterAll(() => server.close());

  async function trailOf(email: string, organization: string): Promise<{ actorName: string; action: string; summary: string }[]> {
    const reader = server.client();
    expect((await reader.login(email, 'demo-password')).errors).toBeUndefined();
    const data = await reader.data(TRAIL, { id: ids.get(organization) });
    return data.organization.auditTrail.edges.map((e: any) => e.node);
  }

  it("Léa Rossi's activity: created, terms, address, her administrator, the partner invited and accepting, the opening balance", async () => {
    expect(await trailOf('lea@lea-rossi.photo', 'Léa Rossi')).toEqual(
      [
        ['Léa Rossi', 'organization.created', 'Created the organization "Léa Rossi" (individual in Switzerland)'],
        ['Léa Rossi', 'terms.accepted', `Accepted the general terms of use, version ${CURRENT_TERMS_VERSION}`],
        ['Léa Rossi', 'billing_address.added', 'Added the billing address "Rue du Marché 4, 1204 Genève, CH" (default)'],
        ['Paul Meier', 'member.joined', 'Paul Meier joined as Administrator (invited by Léa Rossi)'],
        ['Léa Rossi', 'partnership.invited', 'Invited Pixel Partners to manage the organization with limited access to 2 products'],
        ['Paul Meier', 'partnership.accepted', 'The partner accepted the invitation: Pixel Partners now has limited access to 2 products'],
        ['Léa Rossi', 'wallet.topped_up', 'Wallet top-up of CHF 500.00 (balance CHF 500.00)'],
      ]
        .reverse()
        .map(([actorName, action, summary]) => ({ actorName, action, summary })),
    );
  });

  it("the partner's activity words the same partnerships from its side, and an external member's products are in the client's", async () => {
    const pixel = (await trailOf('paul@pixel-partners.ch', 'Pixel Partners Sàrl')).map((e) => e.summary);
    expect(pixel).toEqual(
      expect.arrayContaining([
        'Léa Rossi invited the organization to manage it with limited access to 2 products',
        'Accepted the invitation: Pixel Partners now has limited access to 2 products to Léa Rossi',
        'Boulangerie Martin SAS invited the organization to manage it with complete access (the client pays)',
        'Sara Rochat joined as Administrator (invited by Paul Meier)',
      ]),
    );
    const muller = (await trailOf('alice@muller-chocolat.ch', 'Chocolaterie Müller AG')).map((e) => e.summary);
    expect(muller).toEqual(
      expect.arrayContaining(['Paul Meier joined as External (invited by Alice Müller)', 'Set the products Paul Meier (External) sees: 2 products']),
    );
    expect(muller[muller.length - 1]).toBe('Created the organization "Chocolaterie Müller AG" (company in Switzerland)');
  });

  it('every demo organization has a trail, and its ledger opens with a balance, not a demo word', async () => {
    const counts: { name: string; events: number }[] = await server.dataSource.query(
      `SELECT o.name, (SELECT count(*)::int FROM audit_event e WHERE e.organization_id = o.id) AS events FROM organization o ORDER BY o.name`,
    );
    for (const row of counts) expect(row.events).toBeGreaterThanOrEqual(4);
    const camille = server.client();
    expect((await camille.login('camille@boulangerie-martin.fr', 'demo-password')).errors).toBeUndefined();
    const data = await camille.data(LEDGER, { id: ids.get('Boulangerie Martin SAS') });
    expect(data.organization.wallet.entries.edges.map((e: any) => e.node)).toEqual([{ kind: 'TOP_UP', description: 'Opening balance' }]);
  });
});
