import { randomUUID } from 'node:crypto';
import { catalogProblems, type Catalog, registeredCatalogs } from '@manager/api-core';
// Each context registers its catalogs when it loads.
import '@manager/api-billing';
import '@manager/api-compliance';
import '@manager/api-identity';
import type { Organization } from '@manager/api-organizations';
import '@manager/api-partners';
import '@manager/api-tokens';
import { EXPORT_COLUMNS, EXPORT_TYPES, type ExportType, type Language, LANGUAGES } from '@manager/domain';
import { party, writeOrders, type WrittenOrder } from './support/billing';
import { Fixtures, PASSWORD } from './support/fixtures';
import { GraphQLTestClient } from './support/graphql-client';
import { INVITE } from './support/members';
import { ACCEPT, GRANT, PEOPLE, partnershipToken, seedPartnerWorld } from './support/partnerships';
import { pdfText } from './support/pdf-text';
import { startTestServer, type TestServer } from './support/test-server';

/**
 * Documents in the reader's language (issue 14): emails in the recipient's (their account's
 * choice, English without one; an invitee without an account reads the inviter's), invoice and
 * certificate PDFs in the caller's with the document language set, CSV headers in the request's.
 */
const DOCUMENT_CATALOG_NAMES = [
  'identity-emails',
  'member-invitation-email',
  'partnership-emails',
  'api-token-emails',
  'invoice-pdf',
  'export-headers',
  'dpa-pdf',
  'dpa-processing',
];
const catalogNamed = (name: string): Catalog<string> => {
  const catalog = registeredCatalogs().find((c) => c.name === name);
  if (!catalog) throw new Error(`no catalog ${name} registered`);
  return catalog;
};
const DOCUMENT_CATALOGS = DOCUMENT_CATALOG_NAMES.map(catalogNamed);
/** The header row of an export in `language`, from the catalog over the domain's fixed columns. */
const localizedExportHeaders = (type: ExportType, language: Language) => EXPORT_COLUMNS[type].columns.map((column) => catalogNamed('export-headers').t(language, column.key));

const REQUEST_RESET = `mutation ($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) { success } }`;

interface OutboxRow {
  kind: string;
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string;
}

describe('catalogs of the emails, PDFs and CSV headers', () => {
  it('have every key in every language, the same ICU arguments, and parse', () => {
    expect(DOCUMENT_CATALOGS.flatMap((catalog) => catalogProblems(catalog))).toEqual([]);
  });

  it('write Swiss German: "ss", never "ß"', () => {
    const german = DOCUMENT_CATALOGS.flatMap((catalog) => Object.entries(catalog.source.de).filter(([, text]) => text.includes('ß')).map(([key]) => `${catalog.name}.${key}`));
    expect(german).toEqual([]);
  });

  it('give every CSV column a distinct header of at most 63 bytes (a PostgreSQL alias) in every language', () => {
    for (const language of LANGUAGES) {
      for (const type of EXPORT_TYPES) {
        const headers = localizedExportHeaders(type, language);
        expect([language, type, new Set(headers).size]).toEqual([language, type, headers.length]);
        for (const header of headers) expect([header, Buffer.byteLength(header) <= 63]).toEqual([header, true]);
      }
    }
  });
});

describe('emails, PDFs and CSV exports in the reader’s language', () => {
  let server: TestServer;
  let fixtures: Fixtures;

  beforeAll(async () => {
    server = await startTestServer({ OUTBOX_WORKER: 'false', PUBLIC_URL: 'https://manager.example.test' });
    fixtures = new Fixtures(server.dataSource);
  });
  afterAll(() => server.close());
  beforeEach(() => server.reset());

  const outbox = (kind: string): Promise<OutboxRow[]> =>
    server.dataSource.query(`SELECT kind, to_address, subject, text_body, html_body FROM email_outbox WHERE kind = $1 ORDER BY created_at, to_address`, [kind]);
  const signedIn = async (email: string, headers: Record<string, string> = {}) => {
    const c = new GraphQLTestClient(server.url, headers);
    const response = await c.login(email, PASSWORD);
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    return c;
  };
  const cookieOf = (c: GraphQLTestClient) => [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; ');

  describe('emails go out in the recipient’s language', () => {
    it('German for a person who chose German (subject, text, HTML and its lang), whatever the request’s Accept-Language', async () => {
      await fixtures.user({ email: 'lena@example.test', displayName: 'Lena Huber', language: 'de' });
      const anonymous = new GraphQLTestClient(server.url, { 'accept-language': 'fr-CH,fr;q=0.9' });
      expect((await anonymous.data(REQUEST_RESET, { input: { email: 'lena@example.test' } })).requestPasswordReset.success).toBe(true);
      const [email] = await outbox('PASSWORD_RESET');
      expect(email.subject).toBe('Neues Passwort für Ihr Manager-Konto festlegen');
      expect(email.text_body).toContain('Guten Tag Lena Huber');
      expect(email.text_body).toContain('Ihr Passwort bleibt unverändert');
      expect(email.html_body).toContain('<html lang="de">');
      expect(email.html_body).toContain('Neues Passwort wählen');
      expect(email.html_body).toContain('<strong>lena@example.test</strong>');
      for (const body of [email.subject, email.text_body, email.html_body]) expect(body).not.toMatch(/ß|Hello|password stays/);
    });

    it('English for a person who chose no language, even when the request asks for another', async () => {
      await fixtures.user({ email: 'noah@example.test', displayName: 'Noah Keller' });
      const anonymous = new GraphQLTestClient(server.url, { 'accept-language': 'it-CH' });
      await anonymous.data(REQUEST_RESET, { input: { email: 'noah@example.test' } });
      const [email] = await outbox('PASSWORD_RESET');
      expect(email.subject).toBe('Set a new password for your Manager account');
      expect(email.text_body).toContain('Hello Noah Keller,');
      expect(email.html_body).toContain('<html lang="en">');
    });

    it('a member invitation: the invitee’s own language when they have an account, else the inviter’s', async () => {
      const acme = await fixtures.organization({ name: 'Acme SA' });
      const lea = await fixtures.user({ email: 'lea@acme.test', displayName: 'Lea Roth' });
      await fixtures.membership(lea, acme, 'LEGAL_RESPONSIBLE');
      await fixtures.user({ email: 'giulia@example.test', displayName: 'Giulia Rossi', language: 'it' });
      const inviter = await signedIn('lea@acme.test', { 'accept-language': 'fr-CH' });
      for (const email of ['nouveau@example.test', 'giulia@example.test']) {
        await inviter.data(INVITE, { input: { organizationId: acme.id, email, role: 'ADMIN' } });
      }
      const emails = await outbox('MEMBER_INVITATION');
      const byAddress = new Map(emails.map((e) => [e.to_address, e]));
      const newcomer = byAddress.get('nouveau@example.test') as OutboxRow;
      expect(newcomer.subject).toBe('Lea Roth vous invite à rejoindre Acme SA');
      expect(newcomer.text_body).toContain('avec le rôle Administrateur');
      expect(newcomer.html_body).toContain('<html lang="fr">');
      const giulia = byAddress.get('giulia@example.test') as OutboxRow;
      expect(giulia.subject).toBe('Lea Roth La invita a unirsi a Acme SA');
      expect(giulia.text_body).toContain('come Amministratore');
      // The expiry day by Intl in it-CH, not hand-formatted.
      const [{ expires_at }]: { expires_at: Date }[] = await server.dataSource.query(`SELECT expires_at FROM member_invitation WHERE email = 'giulia@example.test'`);
      expect(giulia.text_body).toContain(new Intl.DateTimeFormat('it-CH', { dateStyle: 'long', timeZone: 'UTC' }).format(expires_at));
      expect(giulia.html_body).toContain('<html lang="it">');
    });

    it('partnership emails: each recipient in their own language, the partner’s contact address in its legal responsible’s', async () => {
      const world = await seedPartnerWorld(fixtures, server.dataSource);
      await server.dataSource.query(`UPDATE app_user SET language = 'it' WHERE email = $1`, [PEOPLE.partnerLr]);
      await server.dataSource.query(`UPDATE app_user SET language = 'de' WHERE email = $1`, [PEOPLE.clientLr]);
      const clientLr = await signedIn(PEOPLE.clientLr, { 'accept-language': 'fr' });
      await clientLr.data(GRANT, {
        input: { clientOrganizationId: world.client.id, partnerOrganizationId: world.partner.id, access: 'COMPLETE', billingOwner: 'PARTNER' },
      });
      const invitations = await outbox('PARTNERSHIP_INVITATION');
      expect(invitations.map((e) => e.to_address).sort()).toEqual([PEOPLE.partnerContact, PEOPLE.partnerLr].sort());
      for (const email of invitations) {
        expect(email.subject).toBe('Acme SA invita Pixel Partners a gestire i suoi prodotti');
        expect(email.text_body).toContain('Accesso completo');
        expect(email.text_body).toContain('Metodo di pagamento: paga il partner.');
        expect(email.html_body).toContain('<html lang="it">');
      }
      const partner = await signedIn(PEOPLE.partnerLr);
      await partner.data(ACCEPT, { input: { token: await partnershipToken(server.dataSource) } });
      const accepted = new Map((await outbox('PARTNERSHIP_ACCEPTED')).map((e) => [e.to_address, e]));
      expect(accepted.get(PEOPLE.clientLr)?.subject).toBe('Pixel Partners verwaltet jetzt Acme SA');
      expect(accepted.get(PEOPLE.clientLr)?.text_body).toContain('Vollständiger Zugriff');
      expect(accepted.get(PEOPLE.clientLr)?.html_body).toContain('<html lang="de">');
      expect(accepted.get(PEOPLE.partnerLr)?.subject).toBe('Pixel Partners gestisce ora Acme SA');
    });
  });

  describe('PDFs in the caller’s language', () => {
    let client: Organization;
    let orders: WrittenOrder[];

    beforeEach(async () => {
      client = await fixtures.organization({ name: 'Chocolaterie Client AG', country: 'CH', currency: 'CHF' });
      const lr = await fixtures.user({ email: 'lr@docs.test', displayName: 'Rita Meier' });
      await fixtures.membership(lr, client, 'LEGAL_RESPONSIBLE');
      orders = await writeOrders(server.dataSource, [
        {
          id: randomUUID(),
          client: party(client),
          payer: party(client),
          placedBy: { userId: lr.id, name: 'Rita Meier' },
          placedByPartner: null,
          payingPartner: null,
          rebatePartner: null,
          publicPriceMinor: 123_450,
          productName: 'Web Hosting Pro',
          createdAt: new Date(Date.UTC(2026, 2, 9, 10)),
        },
      ]);
    });

    it('an invoice downloaded with Accept-Language de reads German, money and dates by Intl in de-CH, with /Lang (de-CH)', async () => {
      const lr = await signedIn('lr@docs.test');
      const response = await fetch(`${server.url}/invoices/${orders[0].invoiceId}.pdf`, { headers: { cookie: cookieOf(lr), 'accept-language': 'de-CH,de;q=0.9' } });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-disposition')).toMatch(/^inline; filename="rechnung-[^"]+\.pdf"$/);
      const pdf = Buffer.from(await response.arrayBuffer());
      const raw = pdf.toString('latin1');
      expect(raw).toMatch(/\/Lang \(de-CH\)/);
      expect(raw).toMatch(/\/StructTreeRoot/);
      expect(raw).toMatch(/\/Marked true/);
      const text = (await pdfText(pdf)).replace(/\s+/g, ' ');
      for (const word of ['Rechnung', 'Nummer:', 'Rechnung an', 'Beschreibung', 'Einzelpreis', 'Zwischensumme', 'MWST 8.1 %', 'Total', 'Bezahlt aus dem Guthaben von Chocolaterie Client AG']) {
        expect([word, text.includes(word)]).toEqual([word, true]);
      }
      expect(text).toContain(new Intl.DateTimeFormat('de-CH', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2026, 2, 9))));
      // The total (CHF 1’234.50 plus 8.1 % VAT) as Intl writes it in de-CH (grouping by ’), not hand-formatted.
      const [{ total_minor }]: { total_minor: number }[] = await server.dataSource.query(`SELECT total_minor FROM invoice WHERE id = $1`, [orders[0].invoiceId]);
      expect(total_minor).toBeGreaterThan(100_000);
      const total = new Intl.NumberFormat('de-CH', { style: 'currency', currency: 'CHF' }).format(total_minor / 100);
      expect(text.replace(/\s/g, ' ')).toContain(total.replace(/\s/g, ' '));
      expect(text).not.toMatch(/Subtotal|Bill to|Unit price/);

      const english = (await pdfText(Buffer.from(await (await fetch(`${server.url}/invoices/${orders[0].invoiceId}.pdf`, { headers: { cookie: cookieOf(lr) } })).arrayBuffer()))).replace(/\s+/g, ' ');
      expect(english).toContain('Subtotal');
      expect(english).toContain('Bill to');
    });

    it('the data processing agreement in French: sous-traitant, responsable du traitement, RGPD, with /Lang (fr-CH)', async () => {
      await fixtures.products(client, 1, 'MAIL_SERVICE');
      const lr = await signedIn('lr@docs.test');
      const response = await fetch(`${server.url}/organizations/${client.id}/data-processing-agreement.pdf`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: cookieOf(lr), 'accept-language': 'fr-CH,fr;q=0.9,en;q=0.5' },
        body: '{}',
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="contrat-de-sous-traitance-[^"]+-\d{4}-\d{2}-\d{2}\.pdf"$/);
      const pdf = Buffer.from(await response.arrayBuffer());
      expect(pdf.toString('latin1')).toMatch(/\/Lang \(fr-CH\)/);
      const text = (await pdfText(pdf)).replace(/\s+/g, ' ');
      for (const expected of [
        'Contrat de sous-traitance (certificat RGPD)',
        'Annexe I.A : Liste des parties',
        'Sous-traitant',
        'Responsable du traitement',
        'Annexe II : Mesures techniques et organisationnelles',
        'Annexe III : Liste des sous-traitants ultérieurs',
        'Service mail',
        'E-mails et pièces jointes',
        'jamais transférées hors de Suisse',
        'Code de vérification',
        'Rita Meier',
      ]) {
        expect([expected, text.includes(expected)]).toEqual([expected, true]);
      }
      expect(text).not.toMatch(/Annex I\.A|Data processing agreement|Categories of personal data/);
    });
  });

  it('a CSV export with the French headers (Accept-Language fr), the columns unchanged', async () => {
    const client = await fixtures.organization({ name: 'Client SA', country: 'CH', currency: 'CHF' });
    const lr = await fixtures.user({ email: 'lr@csv.test' });
    await fixtures.membership(lr, client, 'LEGAL_RESPONSIBLE');
    const session = await signedIn('lr@csv.test');
    const response = await fetch(`${server.url}/exports`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: cookieOf(session), 'accept-language': 'fr-CH,fr;q=0.8' },
      body: JSON.stringify({ organizationId: client.id, type: 'ORDERS', format: 'CSV', from: '2026-01-01', to: '2026-02-01' }),
    });
    expect(response.status).toBe(200);
    const [header] = (await response.text()).split('\n');
    expect(header.split(',')).toEqual(localizedExportHeaders('ORDERS', 'fr'));
    expect(header.startsWith('ID commande,Date de commande,Type,ID client,Client,')).toBe(true);
    // The file's name in the reader's words too.
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="client-sa-commandes-2026-01-01_2026-02-01.csv"');
  });
});
