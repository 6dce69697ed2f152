import type { Organization } from '@manager/api-organizations';
import { Fixtures, PASSWORD } from './support/fixtures';
import { errorCode, type GraphQLTestClient } from './support/graphql-client';
import { emails, trail } from './support/partnerships';
import { startTestServer, type TestServer } from './support/test-server';

const CHANGE = `mutation($input: ChangeBillingOwnerInput!) { changeBillingOwner(input: $input) { partnership { id billingOwner } } }`;
const PREVIEW = `query($id: ID!, $to: BillingOwner!) { partnership(id: $id) { billingOwnerChangePreview(billingOwner: $to) { from to summary } } }`;
const IMPACT = `query($id: ID!) { partnership(id: $id) { terminationImpact { billingOwner summary
  renewalsFallingToClient { productId productName renewalDate publicPrice { amountMinor currency } } } } }`;

describe('payment mode: changeBillingOwner, its preview and the termination impact', () => {
  let server: TestServer;
  let fixtures: Fixtures;
  let client: Organization;
  let partner: Organization;
  let partnership: { id: string };

  beforeAll(async () => {
    server = await startTestServer({ OUTBOX_WORKER: 'false' });
    fixtures = new Fixtures(server.dataSource);
  });
  afterAll(() => server.close());

  beforeEach(async () => {
    await server.reset();
    client = await fixtures.organization({ name: 'Client SA' });
    partner = await fixtures.organization({ name: 'Partner Org' });
    await fixtures.partnerProfile(partner, { publicName: 'Pixel', contactEmail: 'hello@pixel.test', resellerDiscountBp: 1500, commissionBp: 1000 });
    for (const [email, org, role] of [
      ['lr@client.test', client, 'LEGAL_RESPONSIBLE'], ['admin@client.test', client, 'ADMIN'],
      ['lr@pixel.test', partner, 'LEGAL_RESPONSIBLE'], ['user@pixel.test', partner, 'USER'],
    ] as const) {
      await fixtures.membership(await fixtures.user({ email, displayName: email }), org, role);
    }
    const products = await fixtures.products(client, 2);
    await server.dataSource.query(`UPDATE product SET renewal_date = '2026-03-01' WHERE id = $1`, [products[1].id]);
    partnership = await fixtures.partnership(client, partner, { access: 'COMPLETE', billingOwner: 'CLIENT' });
  });

  const as = async (email: string): Promise<GraphQLTestClient> => {
    const c = server.client();
    await c.login(email, PASSWORD);
    return c;
  };

  it('previews in plain sentences, switches from now on, emails the partner and writes both trails', async () => {
    const lr = await as('lr@client.test');
    const preview = (await lr.data(PREVIEW, { id: partnership.id, to: 'PARTNER' })).partnership.billingOwnerChangePreview;
    expect(preview.from).toBe('CLIENT');
    expect(preview.to).toBe('PARTNER');
    expect(preview.summary.join(' ')).toContain('Pixel will pay for every order and renewal of Client SA');
    expect(preview.summary.join(' ')).toContain('reseller discount of 15 %');
    expect(preview.summary.join(' ')).toContain('Invoices already issued stay');
    const back = (await lr.data(PREVIEW, { id: partnership.id, to: 'CLIENT' })).partnership.billingOwnerChangePreview;
    expect(back.summary).toEqual(['Nothing changes: Client SA already pays for its orders and renewals.']);

    const changed = await lr.data(CHANGE, { input: { partnershipId: partnership.id, billingOwner: 'PARTNER' } });
    expect(changed.changeBillingOwner.partnership.billingOwner).toBe('PARTNER');
    const sent = await emails(server.dataSource, 'PARTNERSHIP_BILLING_OWNER_CHANGED');
    expect(sent.map((e) => e.to_address).sort()).toEqual(['hello@pixel.test', 'lr@pixel.test']);
    expect(sent[0].subject).toContain('Pixel pays from now on');
    expect(sent[0].text_body).toContain('reimbursement of 15 %');
    expect(sent[0].text_body).not.toContain('<');
    expect(sent[0].html_body).toContain('<li>');
    expect((await trail(server.dataSource, client.id)).map((e) => e.action)).toContain('partnership.billing_owner_changed');
    expect((await trail(server.dataSource, partner.id)).map((e) => e.action)).toContain('partnership.billing_owner_changed');

    // The same choice again changes nothing and sends nothing.
    await lr.data(CHANGE, { input: { partnershipId: partnership.id, billingOwner: 'PARTNER' } });
    expect(await emails(server.dataSource, 'PARTNERSHIP_BILLING_OWNER_CHANGED')).toHaveLength(2);
  });

  it('only the client LR, only ACTIVE COMPLETE; nothing written on refusal', async () => {
    const admin = await as('admin@client.test');
    expect(errorCode(await admin.request(CHANGE, { input: { partnershipId: partnership.id, billingOwner: 'PARTNER' } }))).toBe('FORBIDDEN');
    expect(errorCode(await admin.request(PREVIEW, { id: partnership.id, to: 'PARTNER' }))).toBe('FORBIDDEN');
    const partnerLr = await as('lr@pixel.test');
    expect(errorCode(await partnerLr.request(CHANGE, { input: { partnershipId: partnership.id, billingOwner: 'PARTNER' } }))).toBe('FORBIDDEN');
    const stranger = server.client();
    await fixtures.user({ email: 'stranger@x.test' });
    await stranger.login('stranger@x.test', PASSWORD);
    expect(errorCode(await stranger.request(CHANGE, { input: { partnershipId: partnership.id, billingOwner: 'PARTNER' } }))).toBe('NOT_FOUND');

    await server.dataSource.query(`UPDATE partnership SET access = 'LIMITED', billing_owner = NULL WHERE id = $1`, [partnership.id]);
    const lr = await as('lr@client.test');
    const limited = await lr.request(CHANGE, { input: { partnershipId: partnership.id, billingOwner: 'PARTNER' } });
    expect(errorCode(limited)).toBe('CONFLICT');
    await server.dataSource.query(`UPDATE partnership SET access = 'COMPLETE', billing_owner = 'CLIENT', status = 'TERMINATED' WHERE id = $1`, [partnership.id]);
    expect(errorCode(await lr.request(CHANGE, { input: { partnershipId: partnership.id, billingOwner: 'PARTNER' } }))).toBe('CONFLICT');
    expect(await emails(server.dataSource)).toEqual([]);
    const [row] = await server.dataSource.query(`SELECT billing_owner FROM partnership WHERE id = $1`, [partnership.id]);
    expect(row.billing_owner).toBe('CLIENT');
  });

  it('termination impact: PARTNER hands the renewals to the client (both sides); CLIENT changes nothing in billing', async () => {
    const lr = await as('lr@client.test');
    const clientSide = (await lr.data(IMPACT, { id: partnership.id })).partnership.terminationImpact;
    expect(clientSide.billingOwner).toBe('CLIENT');
    expect(clientSide.renewalsFallingToClient).toEqual([]);
    expect(clientSide.summary[0]).toContain('Nothing changes in billing');

    await lr.data(CHANGE, { input: { partnershipId: partnership.id, billingOwner: 'PARTNER' } });
    for (const email of ['lr@client.test', 'lr@pixel.test', 'user@pixel.test']) {
      const impact = (await (await as(email)).data(IMPACT, { id: partnership.id })).partnership.terminationImpact;
      expect(impact.billingOwner).toBe('PARTNER');
      expect(impact.renewalsFallingToClient.map((r: any) => r.renewalDate)).toEqual(['2026-03-01', '2027-01-31']);
      expect(impact.renewalsFallingToClient[0].publicPrice).toEqual({ amountMinor: 1001, currency: 'CHF' });
      expect(impact.summary.join(' ')).toContain('2 products of Client SA will renew at its own expense; the next renewal is on 1 March 2026.');
    }
    await server.dataSource.query(`UPDATE partnership SET status = 'TERMINATED' WHERE id = $1`, [partnership.id]);
    const ended = (await (await as('lr@pixel.test')).data(IMPACT, { id: partnership.id })).partnership.terminationImpact;
    expect(ended.renewalsFallingToClient).toEqual([]);
  });

  it('writes the preview and the termination impact in the reader’s language: Accept-Language, else the saved preference wins', async () => {
    const lr = await as('lr@client.test');
    const preview = async (language: string) =>
      (await lr.data(PREVIEW, { id: partnership.id, to: 'PARTNER' }, { 'accept-language': language })).partnership.billingOwnerChangePreview.summary as string[];
    expect((await preview('fr-CH'))[0]).toBe('Pixel paiera chaque commande et chaque renouvellement de Client SA, quelle que soit la personne qui le passe, depuis son propre portefeuille.');
    expect((await preview('fr-CH'))[3]).toContain('remise revendeur de 15 %');
    expect((await preview('de-CH'))[0]).toBe('Pixel bezahlt jede Bestellung und jede Verlängerung von Client SA, wer sie auch aufgibt, aus dem eigenen Guthaben.');
    expect((await preview('it'))[0]).toBe('Pixel pagherà ogni ordine e ogni rinnovo di Client SA, chiunque lo effettui, dal proprio portafoglio.');
    const same = await lr.data(PREVIEW, { id: partnership.id, to: 'CLIENT' }, { 'accept-language': 'de' });
    expect(same.partnership.billingOwnerChangePreview.summary).toEqual(['Nichts ändert sich: Client SA bezahlt die eigenen Bestellungen und Verlängerungen bereits.']);

    const impact = async (c: GraphQLTestClient, language?: string) =>
      (await c.data(IMPACT, { id: partnership.id }, language ? { 'accept-language': language } : {})).partnership.terminationImpact.summary as string[];
    expect(await impact(lr, 'it')).toEqual([
      'Nella fatturazione non cambia nulla: Client SA paga già i propri ordini e rinnovi, e le sue fatture restano nella sua organizzazione.',
      'Pixel non riceve più cashback né sconti sugli ordini di Client SA.',
      'Le persone di Pixel perderanno subito l’accesso a Client SA.',
    ]);
    await lr.data(CHANGE, { input: { partnershipId: partnership.id, billingOwner: 'PARTNER' } });
    const partnerLr = await as('lr@pixel.test');
    expect((await impact(partnerLr, 'fr'))[1]).toBe('2 produits de Client SA seront renouvelés à ses frais ; le prochain renouvellement a lieu le 1 mars 2026.');
    expect((await impact(partnerLr, 'de-CH'))[1]).toBe('2 Produkte von Client SA werden auf eigene Kosten verlängert; die nächste Verlängerung ist am 1. März 2026.');
    // The saved preference wins over Accept-Language.
    await partnerLr.data(`mutation { setLanguage(language: DE) { id } }`);
    expect((await impact(partnerLr, 'fr'))[0]).toBe('Pixel bezahlt nicht mehr für Client SA: Jede Bestellung und jede Verlängerung bezahlt Client SA ab dann aus dem eigenen Guthaben, zum öffentlichen Preis.');
    await server.dataSource.query(`UPDATE partnership SET status = 'TERMINATED' WHERE id = $1`, [partnership.id]);
    expect(await impact(partnerLr)).toEqual(['Diese Partnerschaft ist nicht aktiv: Sie gewährt nichts, und ihre Beendigung ändert nichts an der Abrechnung.']);
  });
});
