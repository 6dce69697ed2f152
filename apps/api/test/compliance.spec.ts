import { createHash, randomUUID } from 'node:crypto';
import type { Organization } from '@manager/api-organizations';
import { Fixtures, PASSWORD } from './support/fixtures';
import { errorCode, type GraphQLTestClient } from './support/graphql-client';
import { pdfText } from './support/pdf-text';
import { startTestServer, type TestServer } from './support/test-server';

const RECORDS = `query($id: ID!) { organization(id: $id) { dataProcessingAgreements(first: 10) { totalCount edges { node { version generatedByName fingerprint verificationCode generatedAt } } } } }`;
const RECORD_CONSENT = `mutation($input: RecordCookieConsentInput!) { recordCookieConsent(input: $input) { consent { id version source choices { category granted } decidedAt } } }`;
const MY_CONSENTS = `{ myCookieConsents(first: 10) { totalCount edges { node { version source choices { category granted } } } } }`;

/**
 * The data processing agreement (GDPR certificate): who may generate it, what it says, that its
 * fingerprint verifies publicly and a changed byte does not; and the cookie decisions of people.
 */
describe('compliance: the data processing agreement and cookie decisions', () => {
  let server: TestServer;
  let fixtures: Fixtures;
  let client: Organization;
  const people = ['lr', 'admin', 'user', 'external', 'partnerLr', 'partnerAdmin', 'limitedPartnerLr', 'outsider'] as const;

  beforeAll(async () => {
    server = await startTestServer({ OUTBOX_WORKER: 'false', OPERATOR_CONFIG: 'config/examples/operator-with-optional-cookies.json' });
    fixtures = new Fixtures(server.dataSource);
  });
  afterAll(() => server.close());

  beforeEach(async () => {
    await server.reset();
    client = await fixtures.organization({ name: 'Boulangerie Dupain SAS', country: 'FR', vatNumber: 'FR40303265045', currency: 'EUR' });
    await server.dataSource.query(
      `INSERT INTO billing_address (organization_id, recipient, street, postcode, city, country, is_default) VALUES ($1, 'Service comptable', '8 rue des Boulangers', '69002', 'Lyon', 'FR', true)`,
      [client.id],
    );
    const partner = await fixtures.organization({ name: 'Agence Complète' });
    const limitedPartner = await fixtures.organization({ name: 'Agence Limitée' });
    const outsider = await fixtures.organization({ name: 'Outsider GmbH' });
    const [mail] = await fixtures.products(client, 1, 'MAIL_SERVICE');
    await fixtures.products(client, 2, 'WEB_HOSTING');
    await fixtures.partnership(client, partner, { access: 'COMPLETE' });
    await fixtures.partnership(client, limitedPartner, { access: 'LIMITED', products: [mail] });
    const orgOf = { lr: client, admin: client, user: client, external: client, partnerLr: partner, partnerAdmin: partner, limitedPartnerLr: limitedPartner, outsider };
    const roleOf = { lr: 'LEGAL_RESPONSIBLE', admin: 'ADMIN', user: 'USER', external: 'EXTERNAL', partnerLr: 'LEGAL_RESPONSIBLE', partnerAdmin: 'ADMIN', limitedPartnerLr: 'LEGAL_RESPONSIBLE', outsider: 'LEGAL_RESPONSIBLE' } as const;
    for (const key of people) {
      const user = await fixtures.user({ email: `${key.toLowerCase()}@dpa.test`, displayName: `Person ${key}` });
      const membership = await fixtures.membership(user, orgOf[key], roleOf[key]);
      if (key === 'external') await fixtures.grant(membership, [mail]);
    }
  });

  const as = async (key: (typeof people)[number]): Promise<GraphQLTestClient> => {
    const c = server.client();
    const response = await c.login(`${key.toLowerCase()}@dpa.test`, PASSWORD);
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    return c;
  };
  const cookieOf = (c: GraphQLTestClient) => [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  const generate = (c: GraphQLTestClient | null, organizationId = client.id, headers: Record<string, string> = {}) =>
    fetch(`${server.url}/organizations/${organizationId}/data-processing-agreement.pdf`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(c ? { cookie: cookieOf(c) } : {}), ...headers },
      body: '{}',
    });
  const codeOf = async (response: Response) => ((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code;

  it('only the legal responsible and administrators generate it; everyone else, partners included, gets the same 404', async () => {
    for (const key of ['lr', 'admin'] as const) {
      const response = await generate(await as(key));
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/pdf');
    }
    for (const key of ['user', 'external', 'partnerLr', 'partnerAdmin', 'limitedPartnerLr', 'outsider'] as const) {
      const c = await as(key);
      const response = await generate(c);
      expect([key, response.status, await codeOf(response)]).toEqual([key, 404, 'NOT_FOUND']);
      // The acceptance records are as invisible.
      expect([key, errorCode(await c.request(RECORDS, { id: client.id }))]).toEqual([key, 'NOT_FOUND']);
    }
    // A made-up id and a malformed one: the very same answer.
    const lr = await as('lr');
    for (const id of [randomUUID(), 'not-a-uuid']) {
      const response = await generate(lr, id);
      expect([response.status, await response.text()]).toEqual([404, JSON.stringify({ code: 'NOT_FOUND', message: 'Data processing agreement not found.', errors: [{ message: 'Data processing agreement not found.', extensions: { code: 'NOT_FOUND' } }] })]);
    }
    expect((await generate(null)).status).toBe(401);
    expect(await codeOf(await generate(lr, client.id, { authorization: 'Bearer mgro_whatever' }))).toBe('UNAUTHENTICATED');
    // A cross-site form cannot send JSON: without it, 400.
    const form = await fetch(`${server.url}/organizations/${client.id}/data-processing-agreement.pdf`, { method: 'POST', headers: { cookie: cookieOf(lr), 'content-type': 'application/x-www-form-urlencoded' }, body: 'a=1' });
    expect([form.status, await codeOf(form)]).toEqual([400, 'BAD_REQUEST']);
  });

  it("prints the parties, the organization's address and VAT number, its products' data, the filtered sub-processors and the law", async () => {
    const response = await generate(await as('admin'));
    const text = (await pdfText(await response.arrayBuffer())).replace(/\s+/g, ' ');
    for (const expected of [
      'Data processing agreement (GDPR certificate)',
      'Version 2026-1',
      'Annex I.A: List of parties',
      'Manager Hosting SA',
      'Boulangerie Dupain SAS',
      '8 rue des Boulangers',
      '69002 Lyon',
      '69002 Lyon France VAT number',
      'VAT number: FR40303265045',
      'Annex I.B: Description of the processing',
      'Mail service',
      'Email messages and attachments',
      'Web hosting',
      'Visitor access logs',
      'Annex II: Technical and organisational measures',
      'never transferred outside Switzerland',
      'Annual penetration tests',
      'without undue delay',
      'Annex III: List of sub-processors',
      'As of 1 November 2026', // the configuration's day, written by Intl in en-GB
      'Alpine Mail Relay AG',
      'Helvetic Backup AG',
      'nLPD',
      'GDPR',
      'Generated on',
      'Person admin',
    ]) expect([expected, text.includes(expected)]).toEqual([expected, true]);
    // Products it does not hold: neither their data nor their sub-processors.
    for (const absent of ['SwissSign AG', 'SWITCH (registry', 'kDrive', 'Stored files and their versions']) expect([absent, text.includes(absent)]).toEqual([absent, false]);
    const code = response.headers.get('x-dpa-verification-code');
    expect(code).toMatch(/^[A-Z2-7]{26}$/);
    expect(text).toContain(`${server.url}/verify/dpa/${code}`);
  });

  it('is a tagged PDF/A-2a (PDF 1.7) with its fonts embedded', async () => {
    const pdf = Buffer.from(await (await generate(await as('lr'))).arrayBuffer());
    const raw = pdf.toString('latin1');
    expect(raw.startsWith('%PDF-1.7')).toBe(true);
    expect(raw).toMatch(/\/MarkInfo \d+ 0 R/);
    expect(raw).toMatch(/\/Marked true/);
    expect(raw).toMatch(/\/StructTreeRoot/);
    expect(raw).toMatch(/\/Lang \(en-GB\)/);
    expect(raw).toMatch(/\/FontFile2/);
    expect(raw).toMatch(/LiberationSans/);
    // PDF/A-2a: its identification in the XMP metadata, and an output intent (colour profile).
    expect(raw).toMatch(/pdfaid:part>2</);
    expect(raw).toMatch(/pdfaid:conformance>A</);
    expect(raw).toMatch(/\/OutputIntents/);
  });

  it('records who generated which version when, with the SHA-256 of the bytes handed out; the fingerprint verifies publicly, a changed byte does not', async () => {
    const lr = await as('lr');
    const pdf = Buffer.from(await (await generate(lr)).arrayBuffer());
    const records = await lr.data(RECORDS, { id: client.id });
    const [record] = records.organization.dataProcessingAgreements.edges.map((e: { node: unknown }) => e.node);
    expect(records.organization.dataProcessingAgreements.totalCount).toBe(1);
    expect(record).toMatchObject({ version: '2026-1', generatedByName: 'Person lr', fingerprint: createHash('sha256').update(pdf).digest('hex') });
    // And in the organization's activity, worded from structured data.
    const trail = await lr.data(`query($id: ID!) { organization(id: $id) { auditTrail(first: 5) { edges { node { action actorName summary } } } } }`, { id: client.id });
    expect(trail.organization.auditTrail.edges[0].node).toEqual({ action: 'dpa.generated', actorName: 'Person lr', summary: 'Generated the data processing agreement (GDPR certificate), version 2026-1' });

    // By the printed code: only genuine, version, date, organization name.
    const byCode = await fetch(`${server.url}/dpa-verification/${record.verificationCode}`);
    expect(byCode.status).toBe(200);
    expect(await byCode.json()).toEqual({ genuine: true, version: '2026-1', generatedAt: record.generatedAt, organizationName: 'Boulangerie Dupain SAS' });
    expect((await fetch(`${server.url}/dpa-verification/${'A'.repeat(26)}`)).status).toBe(404);

    // By the file itself: these very bytes verify; one changed byte does not.
    const check = (file: Buffer) => fetch(`${server.url}/dpa-verification`, { method: 'POST', headers: { 'content-type': 'application/pdf' }, body: new Uint8Array(file) });
    const genuine = await check(pdf);
    expect([genuine.status, ((await genuine.json()) as { organizationName: string }).organizationName]).toEqual([200, 'Boulangerie Dupain SAS']);
    const changed = Buffer.from(pdf);
    const at = changed.indexOf('Boulangerie Dupain SAS');
    changed[at >= 0 ? at : Math.floor(changed.length / 2)] ^= 0x01;
    const forged = await check(changed);
    expect([forged.status, await codeOf(forged)]).toEqual([404, 'NOT_FOUND']);
    const empty = await fetch(`${server.url}/dpa-verification`, { method: 'POST', headers: { 'content-type': 'application/pdf' } });
    expect(empty.status).toBe(400);
  });

  it('refuses more than ten a minute per person with 429 and Retry-After', async () => {
    const admin = await as('admin');
    for (let i = 0; i < 10; i += 1) expect((await generate(admin)).status).toBe(200);
    const refused = await generate(admin);
    expect([refused.status, await codeOf(refused)]).toEqual([429, 'TOO_MANY_REQUESTS']);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('gives the operator’s texts in the reader’s language (Accept-Language, else the saved preference), English where none is configured', async () => {
    const facts = async (headers: Record<string, string> = {}) =>
      (await (await fetch(`${server.url}/public/operator`, { headers })).json()) as {
        operator: { supervisoryAuthority: string }; subProcessors: { list: { name: string; purpose: string; location: string }[] }; cookies: { version: string; optionalCategories: { label: string }[] };
      };
    const english = await facts();
    const german = await facts({ 'accept-language': 'de-CH' });
    expect(german.subProcessors.list.find((sub) => sub.name === 'Helvetic Backup AG')).toMatchObject({ purpose: 'Verschlüsselte externe Sicherungen', location: 'Zürich, Schweiz' });
    expect(german.cookies.optionalCategories.map((c) => c.label)).toEqual(['Einstellungen', 'Statistik']);
    expect(german.cookies.version).toBe(english.cookies.version);
    expect((await facts({ 'accept-language': 'it' })).operator.supervisoryAuthority).toBe('Incaricato federale della protezione dei dati e della trasparenza (IFPDT), Berna');
    expect(english.cookies.optionalCategories.map((c) => c.label)).toEqual(['Preferences', 'Analytics']);
    // The saved preference wins; the agreement PDF prints the same texts.
    const admin = await as('admin');
    await admin.data(`mutation { setLanguage(language: FR) { id } }`);
    const signedIn = await facts({ cookie: cookieOf(admin), 'accept-language': 'de' });
    expect(signedIn.subProcessors.list.find((sub) => sub.name === 'Alpine Mail Relay AG')?.purpose).toBe('Relais des e-mails sortants et filtrage du spam');
    const text = (await pdfText(await (await generate(admin)).arrayBuffer())).replace(/\s+/g, ' ');
    expect(text).toContain('Relais des e-mails sortants et filtrage du spam');
  });

  it("serves the operator's public facts and cookie categories, and records a signed-in person's decisions (no IP) they can list", async () => {
    const facts = (await (await fetch(`${server.url}/public/operator`)).json()) as { operator: { name: string }; cookies: { version: string; optionalCategories: { id: string }[] } };
    expect(facts.operator.name).toBe('Manager Hosting SA');
    expect(facts.cookies.optionalCategories.map((c) => c.id)).toEqual(['preferences', 'analytics']);
    const version = facts.cookies.version;
    const user = await as('user');
    const choices = (preferences: boolean, analytics: boolean) => [{ category: 'preferences', granted: preferences }, { category: 'analytics', granted: analytics }];
    await user.data(RECORD_CONSENT, { input: { version, source: 'DIALOG', choices: choices(true, false) } });
    await user.data(RECORD_CONSENT, { input: { version, source: 'GPC', choices: choices(false, false) } });
    expect(errorCode(await user.request(RECORD_CONSENT, { input: { version: 'old', source: 'DIALOG', choices: choices(true, true) } }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await user.request(RECORD_CONSENT, { input: { version, source: 'DIALOG', choices: choices(true, true).slice(1) } }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await user.request(RECORD_CONSENT, { input: { version, source: 'GPC', choices: choices(false, true) } }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await server.client().request(RECORD_CONSENT, { input: { version, source: 'DIALOG', choices: choices(false, false) } }))).toBe('UNAUTHENTICATED');
    const mine = await user.data(MY_CONSENTS);
    expect(mine.myCookieConsents.totalCount).toBe(2);
    expect(mine.myCookieConsents.edges.map((e: { node: unknown }) => e.node)).toEqual([
      { version, source: 'GPC', choices: [{ category: 'analytics', granted: false }, { category: 'preferences', granted: false }] },
      { version, source: 'DIALOG', choices: [{ category: 'analytics', granted: false }, { category: 'preferences', granted: true }] },
    ]);
    expect((await (await as('admin')).data(MY_CONSENTS)).myCookieConsents.totalCount).toBe(0);
    const [row] = await server.dataSource.query(`SELECT * FROM cookie_consent LIMIT 1`);
    expect(Object.keys(row).sort()).toEqual(['choices', 'decided_at', 'id', 'source', 'user_id', 'version']);
  });
});
