import { CURRENT_TERMS_VERSION } from '@manager/domain';
import { seedDemoData } from '@manager/demo-seed';
import { withSummaries } from './support/audit';
import { Fixtures, PASSWORD } from './support/fixtures';
import { errorCode, type GraphQLResponse } from './support/graphql-client';
import {
  CREATE_ORGANIZATION,
  details,
  LYON,
  PARIS,
  rowCounts,
  SIGN_UP,
  signUpInput,
  UPDATE_ORGANIZATION,
} from './support/organization-details';
import { startTestServer, type TestServer } from './support/test-server';

const ME = `{ me { id email displayName memberships { role organization { id name } } } }`;

function fieldError(response: GraphQLResponse) {
  return { code: errorCode(response), field: response.errors?.[0]?.extensions?.['field'] };
}

describe('organization lifecycle: sign-up, create, details', () => {
  let server: TestServer;
  let fixtures: Fixtures;

  beforeAll(async () => {
    server = await startTestServer();
    fixtures = new Fixtures(server.dataSource);
  });
  afterAll(() => server.close());
  beforeEach(() => server.reset());

  async function signedIn(email: string) {
    const client = server.client();
    await client.login(email, PASSWORD);
    return client;
  }

  /** Sends a mutation that must be refused; returns the error, after checking nothing was written. */
  async function refused(send: () => Promise<GraphQLResponse>) {
    const before = await rowCounts(server.dataSource);
    const response = await send();
    expect(response.data ?? null).toBeNull();
    expect(await rowCounts(server.dataSource)).toEqual(before);
    return response;
  }

  describe('signUp', () => {
    it('creates the person, a French company with its normalized VAT number, its address, terms and audit trail', async () => {
      const client = server.client();
      const { signUp } = await client.data(SIGN_UP, {
        input: signUpInput({ email: '  Jeanne@Durand.Example ' }, { billingAddresses: [PARIS, LYON] }),
      });
      expect(signUp.user).toMatchObject({ email: 'jeanne@durand.example', displayName: 'Jeanne Durand' });
      expect(signUp.organization).toMatchObject({
        name: 'Boulangerie Durand SAS',
        entityType: 'COMPANY',
        country: 'FR',
        vatNumber: 'FR40303265045',
        currency: 'EUR',
        viewerRole: 'LEGAL_RESPONSIBLE',
        vatVerification: null,
      });
      expect(signUp.organization.billingAddresses.map((a: any) => [a.city, a.recipient, a.isDefault])).toEqual([
        ['Paris', null, true],
        ['Lyon', 'Comptabilité', false],
      ]);

      const [user] = await server.dataSource.query(`SELECT password_hash FROM app_user WHERE id = $1`, [signUp.user.id]);
      expect(user.password_hash).toMatch(/^\$argon2id\$/);
      const terms = await server.dataSource.query(
        `SELECT user_id, organization_id, version, context, accepted_at FROM terms_acceptance`,
      );
      expect(terms).toEqual([
        {
          user_id: signUp.user.id,
          organization_id: signUp.organization.id,
          version: CURRENT_TERMS_VERSION,
          context: 'SIGN_UP',
          accepted_at: expect.any(Date),
        },
      ]);
      expect(Math.abs(terms[0].accepted_at.getTime() - Date.now())).toBeLessThan(60_000);
      expect(signUp.organization.termsAcceptedAt).toBe(terms[0].accepted_at.toISOString());

      const audit = withSummaries(
        await server.dataSource.query(
          `SELECT actor_user_id, actor_name, action, target_type, data FROM audit_event WHERE organization_id = $1 ORDER BY action`,
          [signUp.organization.id],
        ),
      );
      expect(audit.map((e: any) => e.action)).toEqual([
        'billing_address.added',
        'billing_address.added',
        'organization.created',
        'terms.accepted',
      ]);
      for (const event of audit) expect(event).toMatchObject({ actor_user_id: signUp.user.id, actor_name: 'Jeanne Durand' });
      expect(audit.find((e: any) => e.action === 'organization.created').summary).toBe(
        'Created the organization "Boulangerie Durand SAS" (company in France, VAT number FR40303265045)',
      );
      expect(audit.map((e: any) => e.summary)).toContain('Added the billing address "Comptabilité, 3 quai Saint-Antoine, 69002 Lyon, FR"');
    });

    it('signs the new person in: the same client is the new user right away', async () => {
      const client = server.client();
      const { signUp } = await client.data(SIGN_UP, { input: signUpInput({ email: 'new@durand.example' }) });
      const { me } = await client.data(ME);
      expect(me).toMatchObject({
        id: signUp.user.id,
        email: 'new@durand.example',
        memberships: [{ role: 'LEGAL_RESPONSIBLE', organization: { id: signUp.organization.id } }],
      });
      const other = await server.client().data(ME);
      expect(other.me).toBeNull();
      const [{ count }] = await server.dataSource.query(`SELECT count(*)::int AS count FROM session WHERE user_id = $1`, [signUp.user.id]);
      expect(count).toBe(1);
    });

    it('creates a Swiss company without VAT number, billed in francs', async () => {
      const { signUp } = await server.client().data(SIGN_UP, {
        input: signUpInput({}, { name: 'Uhren Meier AG', country: 'CH', vatNumber: null, billingAddresses: [{ ...PARIS, country: 'CH' }] }),
      });
      expect(signUp.organization).toMatchObject({ country: 'CH', vatNumber: null, currency: 'CHF', entityType: 'COMPANY' });
    });

    it('creates an individual, with an empty VAT field taken as none', async () => {
      const { signUp } = await server.client().data(SIGN_UP, {
        input: signUpInput({}, { entityType: 'INDIVIDUAL', name: 'Jeanne Durand', country: 'DE', vatNumber: '  ' }),
      });
      expect(signUp.organization).toMatchObject({ entityType: 'INDIVIDUAL', country: 'DE', vatNumber: null, currency: 'EUR' });
    });

    it("stores Greece's EL prefix and Northern Ireland's XI numbers", async () => {
      const greek = await server.client().data(SIGN_UP, { input: signUpInput({}, { country: 'GR', vatNumber: 'GR 094 259 216' }) });
      expect(greek.signUp.organization.vatNumber).toBe('EL094259216');
      const ni = await server.client().data(SIGN_UP, { input: signUpInput({}, { country: 'GB', vatNumber: 'xi 980 7806 84' }) });
      expect(ni.signUp.organization).toMatchObject({ vatNumber: 'XI980780684', currency: 'EUR' });
    });

    it('refuses an email already registered, whatever its case, with CONFLICT on email', async () => {
      await fixtures.user({ email: 'taken@example.test' });
      const response = await refused(() => server.client().request(SIGN_UP, { input: signUpInput({ email: ' TAKEN@example.test' }) }));
      expect(fieldError(response)).toEqual({ code: 'CONFLICT', field: 'email' });
      expect(response.errors?.[0].message).toContain('already exists');
    });

    const badInputs: [string, Record<string, unknown>, Record<string, unknown>, string, string][] = [
      ['an empty name', {}, { name: '   ' }, 'organization.name', 'Enter the name'],
      ['a name over 200 characters', {}, { name: 'x'.repeat(201) }, 'organization.name', 'at most 200'],
      ['an unknown country', {}, { country: 'ZZ', vatNumber: null }, 'organization.country', 'Choose the country'],
      ['a lower-case country', {}, { country: 'fr' }, 'organization.country', ''],
      ['an address in an unknown country', {}, { billingAddresses: [{ ...PARIS, country: 'XX' }] }, 'organization.billingAddresses.0.country', ''],
      ['an empty postcode', {}, { billingAddresses: [PARIS, { ...LYON, postcode: ' ' }] }, 'organization.billingAddresses.1.postcode', 'postcode'],
      ['an overlong street', {}, { billingAddresses: [{ ...PARIS, street: 's'.repeat(201) }] }, 'organization.billingAddresses.0.street', ''],
      ['a VAT number with another prefix', {}, { vatNumber: 'DE136695976' }, 'organization.vatNumber', 'starting with FR'],
      ['a VAT number of the wrong length', {}, { vatNumber: 'FR4030326504' }, 'organization.vatNumber', 'FR followed by'],
      ['a VAT number with a wrong check digit', {}, { vatNumber: 'FR41303265045' }, 'organization.vatNumber', 'check digit'],
      ['a Greek number with GB', {}, { country: 'GR', vatNumber: 'GB094259216' }, 'organization.vatNumber', 'EL'],
      ['a VAT number on an individual', {}, { entityType: 'INDIVIDUAL' }, 'organization.vatNumber', 'Only companies'],
      ['an EU VAT number on a Swiss company', {}, { country: 'CH', vatNumber: 'CHE-123.456.788' }, 'organization.vatNumber', 'Swiss companies are subject to Swiss VAT'],
      ['an EU VAT number on a Liechtenstein company', {}, { country: 'LI', vatNumber: 'DE136695976' }, 'organization.vatNumber', 'Liechtenstein is not in the European Union'],
      ['an EU VAT number on a US company', {}, { country: 'US', vatNumber: 'FR40303265045' }, 'organization.vatNumber', 'outside the EU VAT area'],
      ['no billing address', {}, { billingAddresses: [] }, 'organization.billingAddresses', 'Add a billing address'],
      ['no default address', {}, { billingAddresses: [{ ...PARIS, isDefault: false }, LYON] }, 'organization.billingAddresses', 'default'],
      ['two default addresses', {}, { billingAddresses: [PARIS, { ...LYON, isDefault: true }] }, 'organization.billingAddresses.1.isDefault', 'Only one'],
      ['terms not accepted', { acceptTerms: false }, {}, 'acceptTerms', 'accept the general terms'],
      ['an old terms version', { termsVersion: '2020-01-01' }, {}, 'termsVersion', 'have changed'],
      ['a short password', { password: 'short pw' }, {}, 'password', 'at least 12 characters (this one has 8)'],
      ['ten characters', { password: 'aaaaaaaaaa' }, {}, 'password', 'at least 12 characters'],
      ['a common password', { password: 'password1234' }, {}, 'password', 'too easy to guess'],
      ['the email as password', { email: 'jeanne.durand@durand.example', password: 'jeanne.durand@durand.example' }, {}, 'password', 'email address or your name'],
      ['the name as password', { password: 'Jeanne Durand 1990' }, {}, 'password', 'email address or your name'],
      ['11 emoji as password', { password: '🐙🦊🐢🦉🐝🦀🐬🦜🐌🦔🐞' }, {}, 'password', 'this one has 11'],
      ['an empty display name', { displayName: ' ' }, {}, 'displayName', ''],
      ['an invalid email', { email: 'not an email' }, {}, 'email', 'valid email'],
    ];
    it.each(badInputs)('refuses %s, naming the field, and writes nothing', async (_name, top, organization, field, message) => {
      const response = await refused(() => server.client().request(SIGN_UP, { input: signUpInput(top, organization) }));
      expect(fieldError(response)).toEqual({ code: 'BAD_USER_INPUT', field });
      expect(response.errors?.[0].message).toContain(message);
    });

    it('refuses an address id on a new organization as NOT_FOUND on that field', async () => {
      const response = await refused(() =>
        server.client().request(SIGN_UP, {
          input: signUpInput({}, { billingAddresses: [{ ...PARIS, id: '4b0e0f53-5f8a-4a38-9b1e-2f4f0e3e9d11' }] }),
        }),
      );
      expect(fieldError(response)).toEqual({ code: 'NOT_FOUND', field: 'organization.billingAddresses.0.id' });
    });

    it('throttles sign-ups per IP address over the last hour', async () => {
      const { signUp } = await server.client().data(SIGN_UP, { input: signUpInput() });
      const [{ ip }] = await server.dataSource.query(`SELECT ip FROM terms_acceptance`);
      expect(ip).toBeTruthy();
      // Nine more sign-ups from the same address make ten within the hour.
      await server.dataSource.query(
        `INSERT INTO terms_acceptance (user_id, organization_id, version, context, ip)
         SELECT $1, $2, $3, 'SIGN_UP', $4 FROM generate_series(1, 9)`,
        [signUp.user.id, signUp.organization.id, CURRENT_TERMS_VERSION, ip],
      );
      const response = await refused(() => server.client().request(SIGN_UP, { input: signUpInput() }));
      expect(errorCode(response)).toBe('TOO_MANY_REQUESTS');
      expect(response.errors?.[0].extensions?.['retryAfterSeconds']).toBeGreaterThan(3000);

      await server.dataSource.query(`UPDATE terms_acceptance SET accepted_at = now() - interval '61 minutes'`);
      await server.client().data(SIGN_UP, { input: signUpInput() });
    });
  });

  describe('createOrganization', () => {
    it('lets a signed-in person create another organization and become its legal responsible', async () => {
      const ada = await fixtures.user({ email: 'ada@example.test', displayName: 'Ada Lovelace' });
      const first = await fixtures.organization({ name: 'First' });
      await fixtures.membership(ada, first, 'USER');
      const client = await signedIn('ada@example.test');
      const { createOrganization } = await client.data(CREATE_ORGANIZATION, {
        input: { organization: details({ name: 'Second SARL', country: 'BE', vatNumber: 'be 0428.759.497' }), acceptTerms: true, termsVersion: CURRENT_TERMS_VERSION },
      });
      expect(createOrganization.organization).toMatchObject({
        name: 'Second SARL',
        country: 'BE',
        vatNumber: 'BE0428759497',
        currency: 'EUR',
        viewerRole: 'LEGAL_RESPONSIBLE',
      });
      expect(createOrganization.organization.billingAddresses).toHaveLength(1);
      const { me } = await client.data(ME);
      expect(me.memberships.map((m: any) => [m.organization.name, m.role]).sort()).toEqual([
        ['First', 'USER'],
        ['Second SARL', 'LEGAL_RESPONSIBLE'],
      ]);
      const [terms] = await server.dataSource.query(`SELECT user_id, context, version FROM terms_acceptance`);
      expect(terms).toEqual({ user_id: ada.id, context: 'CREATE_ORGANIZATION', version: CURRENT_TERMS_VERSION });
      const actors = await server.dataSource.query(`SELECT DISTINCT actor_name FROM audit_event WHERE organization_id = $1`, [
        createOrganization.organization.id,
      ]);
      expect(actors).toEqual([{ actor_name: 'Ada Lovelace' }]);
    });

    it('refuses anonymous callers with UNAUTHENTICATED and writes nothing', async () => {
      const response = await refused(() =>
        server.client().request(CREATE_ORGANIZATION, { input: { organization: details(), acceptTerms: true, termsVersion: CURRENT_TERMS_VERSION } }),
      );
      expect(errorCode(response)).toBe('UNAUTHENTICATED');
    });

    it('refuses bad input with the field and writes nothing', async () => {
      await fixtures.user({ email: 'ada@example.test' });
      const client = await signedIn('ada@example.test');
      const vat = await refused(() =>
        client.request(CREATE_ORGANIZATION, {
          input: { organization: details({ entityType: 'INDIVIDUAL' }), acceptTerms: true, termsVersion: CURRENT_TERMS_VERSION },
        }),
      );
      expect(fieldError(vat)).toEqual({ code: 'BAD_USER_INPUT', field: 'organization.vatNumber' });
      const terms = await refused(() =>
        client.request(CREATE_ORGANIZATION, { input: { organization: details(), acceptTerms: false, termsVersion: CURRENT_TERMS_VERSION } }),
      );
      expect(fieldError(terms)).toEqual({ code: 'BAD_USER_INPUT', field: 'acceptTerms' });
    });
  });

  describe('updateOrganization', () => {
    /** A French company with two addresses (Paris default, Lyon) and one member per role. */
    async function frenchCompany() {
      const organization = await fixtures.organization({ name: 'Durand SAS', country: 'FR', currency: 'EUR', vatNumber: 'FR40303265045' });
      const [paris] = await server.dataSource.query(
        `INSERT INTO billing_address (organization_id, street, postcode, city, country, is_default, position)
         VALUES ($1, '12 rue du Four', '75006', 'Paris', 'FR', true, 0) RETURNING id`,
        [organization.id],
      );
      const [lyon] = await server.dataSource.query(
        `INSERT INTO billing_address (organization_id, recipient, street, postcode, city, country, is_default, position)
         VALUES ($1, 'Comptabilité', '3 quai Saint-Antoine', '69002', 'Lyon', 'FR', false, 1) RETURNING id`,
        [organization.id],
      );
      const people: Record<string, string> = {};
      for (const role of ['LEGAL_RESPONSIBLE', 'ADMIN', 'USER', 'EXTERNAL'] as const) {
        const email = `${role.toLowerCase()}@durand.example`;
        await fixtures.membership(await fixtures.user({ email, displayName: `The ${role.toLowerCase()}` }), organization, role);
        people[role] = email;
      }
      return { organization, parisId: paris.id as string, lyonId: lyon.id as string, people };
    }

    const input = (organizationId: string, organization: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
      input: { organizationId, organization: details(organization), acceptTerms: true, termsVersion: CURRENT_TERMS_VERSION, ...extra },
    });

    it.each(['LEGAL_RESPONSIBLE', 'ADMIN'])('lets the %s save the details, recording the terms and the audit trail', async (role) => {
      const { organization, parisId, lyonId, people } = await frenchCompany();
      const client = await signedIn(people[role]);
      const { updateOrganization } = await client.data(
        UPDATE_ORGANIZATION,
        input(organization.id, {
          name: 'Durand & Fils SAS',
          vatNumber: 'FR 40 303 265 045',
          billingAddresses: [{ ...PARIS, id: parisId }, { ...LYON, id: lyonId }],
        }),
      );
      expect(updateOrganization.organization).toMatchObject({ name: 'Durand & Fils SAS', vatNumber: 'FR40303265045', currency: 'EUR' });
      expect(updateOrganization.organization.billingAddresses.map((a: any) => a.id)).toEqual([parisId, lyonId]);

      const terms = await server.dataSource.query(`SELECT version, context, accepted_at, user_id FROM terms_acceptance`);
      expect(terms).toHaveLength(1);
      expect(terms[0]).toMatchObject({ version: CURRENT_TERMS_VERSION, context: 'UPDATE_ORGANIZATION' });
      expect(updateOrganization.organization.termsAcceptedAt).toBe(terms[0].accepted_at.toISOString());

      const audit = withSummaries(await server.dataSource.query(`SELECT action, data, actor_name FROM audit_event ORDER BY action`));
      expect(audit).toEqual([
        { action: 'organization.updated', summary: 'Changed the name from "Durand SAS" to "Durand & Fils SAS"', actor_name: `The ${role.toLowerCase()}` },
        { action: 'terms.accepted', summary: `Accepted the general terms of use, version ${CURRENT_TERMS_VERSION}`, actor_name: `The ${role.toLowerCase()}` },
      ]);
    });

    it('stores a new terms acceptance, with version and time, on every save', async () => {
      const { organization, parisId, people } = await frenchCompany();
      const client = await signedIn(people.LEGAL_RESPONSIBLE);
      const same = input(organization.id, { name: 'Durand SAS', billingAddresses: [{ ...PARIS, id: parisId }] });
      await client.data(UPDATE_ORGANIZATION, same);
      await client.data(UPDATE_ORGANIZATION, same);
      const terms = await server.dataSource.query(`SELECT version, accepted_at FROM terms_acceptance ORDER BY accepted_at`);
      expect(terms).toHaveLength(2);
      expect(terms.every((t: any) => t.version === CURRENT_TERMS_VERSION && t.accepted_at instanceof Date)).toBe(true);
      const old = await refused(() => client.request(UPDATE_ORGANIZATION, { ...same, input: { ...same.input, termsVersion: '2025-01-01' } }));
      expect(fieldError(old)).toEqual({ code: 'BAD_USER_INPUT', field: 'termsVersion' });
      const unticked = await refused(() => client.request(UPDATE_ORGANIZATION, { ...same, input: { ...same.input, acceptTerms: false } }));
      expect(fieldError(unticked)).toEqual({ code: 'BAD_USER_INPUT', field: 'acceptTerms' });
    });

    it.each(['USER', 'EXTERNAL'])('refuses the %s with FORBIDDEN and writes nothing', async (role) => {
      const { organization, parisId, people } = await frenchCompany();
      const client = await signedIn(people[role]);
      const response = await refused(() =>
        client.request(UPDATE_ORGANIZATION, input(organization.id, { name: 'Hijacked', billingAddresses: [{ ...PARIS, id: parisId }] })),
      );
      expect(errorCode(response)).toBe('FORBIDDEN');
    });

    it('answers NOT_FOUND to a non-member and UNAUTHENTICATED to nobody', async () => {
      const { organization, parisId } = await frenchCompany();
      await fixtures.user({ email: 'outsider@example.test' });
      const outsider = await signedIn('outsider@example.test');
      const vars = input(organization.id, { name: 'Hijacked', billingAddresses: [{ ...PARIS, id: parisId }] });
      expect(errorCode(await refused(() => outsider.request(UPDATE_ORGANIZATION, vars)))).toBe('NOT_FOUND');
      expect(errorCode(await refused(() => server.client().request(UPDATE_ORGANIZATION, vars)))).toBe('UNAUTHENTICATED');
    });

    it('shows the addresses read-only to a USER and none to an EXTERNAL member', async () => {
      const { organization, people } = await frenchCompany();
      const query = `query($id: ID!) { organization(id: $id) { viewerRole termsAcceptedAt billingAddresses { city } } }`;
      const user = await (await signedIn(people.USER)).data(query, { id: organization.id });
      expect(user.organization.billingAddresses).toEqual([{ city: 'Paris' }, { city: 'Lyon' }]);
      const external = await (await signedIn(people.EXTERNAL)).data(query, { id: organization.id });
      expect(external.organization).toEqual({ viewerRole: 'EXTERNAL', termsAcceptedAt: null, billingAddresses: [] });
    });

    it('replaces the address list: kept ones updated, missing ones deleted, new ones inserted, the default moved', async () => {
      const { organization, parisId, lyonId, people } = await frenchCompany();
      const client = await signedIn(people.ADMIN);
      const { updateOrganization } = await client.data(
        UPDATE_ORGANIZATION,
        input(organization.id, {
          name: 'Durand SAS',
          billingAddresses: [
            { ...LYON, id: lyonId, street: '5 quai Saint-Antoine', isDefault: true },
            { street: 'Marktplatz 1', postcode: '79098', city: 'Freiburg', country: 'DE', isDefault: false },
          ],
        }),
      );
      const addresses = updateOrganization.organization.billingAddresses;
      expect(addresses).toEqual([
        { id: lyonId, recipient: 'Comptabilité', street: '5 quai Saint-Antoine', postcode: '69002', city: 'Lyon', country: 'FR', isDefault: true },
        { id: expect.any(String), recipient: null, street: 'Marktplatz 1', postcode: '79098', city: 'Freiburg', country: 'DE', isDefault: false },
      ]);
      const rows = await server.dataSource.query(`SELECT id, city, is_default FROM billing_address ORDER BY position`);
      expect(rows.map((r: any) => [r.city, r.is_default])).toEqual([
        ['Lyon', true],
        ['Freiburg', false],
      ]);
      expect(rows.map((r: any) => r.id)).not.toContain(parisId);
      const audit = withSummaries(await server.dataSource.query(`SELECT action, data FROM audit_event WHERE action LIKE 'billing_address.%' ORDER BY action`));
      expect(audit).toEqual([
        { action: 'billing_address.added', summary: 'Added the billing address "Marktplatz 1, 79098 Freiburg, DE"' },
        { action: 'billing_address.removed', summary: 'Removed the billing address "12 rue du Four, 75006 Paris, FR"' },
        {
          action: 'billing_address.updated',
          summary: 'Changed the billing address "Comptabilité, 3 quai Saint-Antoine, 69002 Lyon, FR" to "Comptabilité, 5 quai Saint-Antoine, 69002 Lyon, FR", now the default',
        },
      ]);
    });

    it('refuses two defaults, in the API and in the database', async () => {
      const { organization, parisId, lyonId, people } = await frenchCompany();
      const client = await signedIn(people.LEGAL_RESPONSIBLE);
      const response = await refused(() =>
        client.request(
          UPDATE_ORGANIZATION,
          input(organization.id, { name: 'Durand SAS', billingAddresses: [{ ...PARIS, id: parisId }, { ...LYON, id: lyonId, isDefault: true }] }),
        ),
      );
      expect(fieldError(response)).toEqual({ code: 'BAD_USER_INPUT', field: 'organization.billingAddresses.1.isDefault' });
      await expect(server.dataSource.query(`UPDATE billing_address SET is_default = true WHERE id = $1`, [lyonId])).rejects.toThrow(
        /billing_address_one_default/,
      );
    });

    it("answers NOT_FOUND on the field for an address id of another organization, or a malformed one", async () => {
      const { organization, parisId, people } = await frenchCompany();
      const other = await fixtures.organization();
      const [foreign] = await server.dataSource.query(
        `INSERT INTO billing_address (organization_id, street, postcode, city, country, is_default) VALUES ($1, 'x', '1000', 'Bern', 'CH', true) RETURNING id`,
        [other.id],
      );
      const client = await signedIn(people.LEGAL_RESPONSIBLE);
      for (const id of [foreign.id, 'not-a-uuid']) {
        const response = await refused(() =>
          client.request(
            UPDATE_ORGANIZATION,
            input(organization.id, { name: 'Durand SAS', billingAddresses: [{ ...PARIS, id: parisId }, { ...LYON, id }] }),
          ),
        );
        expect(fieldError(response)).toEqual({ code: 'NOT_FOUND', field: 'organization.billingAddresses.1.id' });
      }
      const [{ city }] = await server.dataSource.query(`SELECT city FROM billing_address WHERE id = $1`, [foreign.id]);
      expect(city).toBe('Bern');
    });

    it('re-validates the VAT number against a new country', async () => {
      const { organization, parisId, people } = await frenchCompany();
      const client = await signedIn(people.LEGAL_RESPONSIBLE);
      const addresses = [{ ...PARIS, id: parisId }];
      const toGermany = await refused(() =>
        client.request(UPDATE_ORGANIZATION, input(organization.id, { name: 'Durand SAS', country: 'DE', vatNumber: 'FR40303265045', billingAddresses: addresses })),
      );
      expect(fieldError(toGermany)).toEqual({ code: 'BAD_USER_INPUT', field: 'organization.vatNumber' });
      expect(toGermany.errors?.[0].message).toContain('starting with DE');
      const toSwitzerland = await refused(() =>
        client.request(UPDATE_ORGANIZATION, input(organization.id, { name: 'Durand SAS', country: 'CH', vatNumber: 'FR40303265045', billingAddresses: addresses })),
      );
      expect(toSwitzerland.errors?.[0].message).toContain('Swiss companies');

      const { updateOrganization } = await client.data(
        UPDATE_ORGANIZATION,
        input(organization.id, { name: 'Durand SAS', country: 'DE', vatNumber: 'DE 136 695 976', billingAddresses: addresses }),
      );
      expect(updateOrganization.organization).toMatchObject({ country: 'DE', vatNumber: 'DE136695976', currency: 'EUR' });
      const [event] = withSummaries(await server.dataSource.query(`SELECT action, data FROM audit_event WHERE action = 'organization.updated'`));
      expect(event.summary).toBe('Changed the country from France to Germany; changed the VAT number from FR40303265045 to DE136695976');

      const removed = await client.data(UPDATE_ORGANIZATION, input(organization.id, { name: 'Durand SAS', country: 'CH', vatNumber: null, billingAddresses: addresses }));
      expect(removed.updateOrganization.organization).toMatchObject({ country: 'CH', vatNumber: null });
    });

    it('keeps the entity type: an individual stays one and still cannot hold a VAT number', async () => {
      const person = await fixtures.organization({ name: 'Léa Rossi', entityType: 'INDIVIDUAL', country: 'FR', currency: 'EUR' });
      const lea = await fixtures.user({ email: 'lea@example.test' });
      await fixtures.membership(lea, person, 'LEGAL_RESPONSIBLE');
      const client = await signedIn('lea@example.test');
      const response = await refused(() =>
        client.request(UPDATE_ORGANIZATION, input(person.id, { entityType: 'COMPANY', name: 'Léa Rossi SAS', vatNumber: 'FR40303265045' })),
      );
      expect(fieldError(response)).toEqual({ code: 'BAD_USER_INPUT', field: 'organization.vatNumber' });
      const { updateOrganization } = await client.data(UPDATE_ORGANIZATION, input(person.id, { entityType: 'COMPANY', name: 'Léa Rossi', vatNumber: null }));
      expect(updateOrganization.organization).toMatchObject({ entityType: 'INDIVIDUAL', vatNumber: null });
    });

    it('shows the changes in the audit trail the legal responsible reads', async () => {
      const { organization, parisId, people } = await frenchCompany();
      const client = await signedIn(people.LEGAL_RESPONSIBLE);
      await client.data(UPDATE_ORGANIZATION, input(organization.id, { name: 'Durand Frères', billingAddresses: [{ ...PARIS, id: parisId }] }));
      const { organization: read } = await client.data(
        `query($id: ID!) { organization(id: $id) { auditTrail(first: 10) { edges { node { actorName action summary targetType } } } } }`,
        { id: organization.id },
      );
      expect(read.auditTrail.edges.map((e: any) => e.node)).toEqual(
        expect.arrayContaining([
          { actorName: 'The legal_responsible', action: 'organization.updated', summary: 'Changed the name from "Durand SAS" to "Durand Frères"', targetType: 'organization' },
        ]),
      );
    });

    it('stores no VAT verification when VIES is off (the default)', async () => {
      const { organization, parisId, people } = await frenchCompany();
      const client = await signedIn(people.LEGAL_RESPONSIBLE);
      const { updateOrganization } = await client.data(
        UPDATE_ORGANIZATION,
        input(organization.id, { name: 'Durand SAS', country: 'DE', vatNumber: 'DE136695976', billingAddresses: [{ ...PARIS, id: parisId }] }),
      );
      expect(updateOrganization.organization.vatVerification).toBeNull();
      const [row] = await server.dataSource.query(`SELECT vat_verification_status, vat_checked_at FROM organization`);
      expect(row).toEqual({ vat_verification_status: null, vat_checked_at: null });
    });
  });

  it('serves the current terms of use to anyone', async () => {
    const { termsOfUse } = await server.client().data(`{ termsOfUse { version title text } }`);
    expect(termsOfUse.version).toBe(CURRENT_TERMS_VERSION);
    expect(termsOfUse.title).toBe('General terms of use');
    expect(termsOfUse.text).toMatch(/^These general terms of use apply/);
    expect(termsOfUse.text).not.toMatch(/demo/i);
    expect(termsOfUse.text.split('\n\n').length).toBeGreaterThanOrEqual(4);
  });

  it('seeds every demo organization with one default billing address and accepted terms', async () => {
    expect(await seedDemoData(server.dataSource)).toBe(true);
    const rows = await server.dataSource.query(
      `SELECT o.name,
              (SELECT count(*)::int FROM billing_address b WHERE b.organization_id = o.id AND b.is_default) AS defaults,
              (SELECT max(version) FROM terms_acceptance t WHERE t.organization_id = o.id) AS version
       FROM organization o ORDER BY o.name`,
    );
    expect(rows.length).toBeGreaterThanOrEqual(4);
    for (const row of rows) expect(row).toMatchObject({ defaults: 1, version: CURRENT_TERMS_VERSION });
  });
});
