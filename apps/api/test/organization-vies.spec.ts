import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CURRENT_TERMS_VERSION } from '@manager/domain';
import { withSummaries } from './support/audit';
import { details, PARIS, SIGN_UP, signUpInput, UPDATE_ORGANIZATION } from './support/organization-details';
import { startTestServer, type TestServer } from './support/test-server';

/**
 * A stand-in for the EU's VIES REST service on 127.0.0.1: the number decides the answer.
 * FR40303265045 is registered (with a name), DE136695976 is not, ATU13585627 answers too late,
 * BE0428759497 is registered without a disclosed name, IT00743110157 gets an HTTP 500.
 */
class FakeVies {
  readonly requests: { path: string; body: { countryCode: string; vatNumber: string } }[] = [];
  private server!: Server;
  url = '';

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      let raw = '';
      req.on('data', (chunk) => (raw += chunk));
      req.on('end', () => {
        const body = JSON.parse(raw || '{}');
        this.requests.push({ path: `${req.method} ${req.url}`, body });
        const answer = (status: number, json: unknown) => {
          res.writeHead(status, { 'content-type': 'application/json' });
          res.end(JSON.stringify(json));
        };
        const key = `${body.countryCode}${body.vatNumber}`;
        switch (key) {
          case 'FR40303265045':
            return answer(200, { countryCode: 'FR', vatNumber: body.vatNumber, valid: true, name: 'SA ODIGO', address: '---' });
          case 'BE0428759497':
            return answer(200, { countryCode: 'BE', vatNumber: body.vatNumber, valid: true, name: '---' });
          case 'ATU13585627':
            setTimeout(() => answer(200, { valid: true, name: 'Too late GmbH' }), 2_000).unref();
            return;
          case 'IT00743110157':
            return answer(500, { actionSucceed: false, errorWrappers: [{ error: 'MS_UNAVAILABLE' }] });
          case 'EL094259216':
            return answer(200, { valid: true, name: 'Greek SA' });
          default:
            return answer(200, { countryCode: body.countryCode, vatNumber: body.vatNumber, valid: false, name: '---' });
        }
      });
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/rest-api`;
  }

  stop(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

describe('VIES verification of VAT numbers (against a local fake VIES)', () => {
  const vies = new FakeVies();
  let server: TestServer;

  beforeAll(async () => {
    await vies.start();
    server = await startTestServer({ VIES_URL: vies.url, VIES_TIMEOUT_MS: '300' });
  });
  afterAll(async () => {
    await server.close();
    await vies.stop();
  });
  beforeEach(async () => {
    await server.reset();
    vies.requests.length = 0;
  });

  async function signUpWith(organization: Record<string, unknown>) {
    const client = server.client();
    const input = signUpInput({}, organization);
    const { signUp } = await client.data(SIGN_UP, { input });
    return { client, organization: signUp.organization, email: input.email as string };
  }

  it('stores VALID with the registered name and the date, and asks VIES with prefix and number apart', async () => {
    const before = Date.now();
    const { organization } = await signUpWith({ vatNumber: 'FR 40 303 265 045' });
    expect(vies.requests).toEqual([{ path: 'POST /rest-api/check-vat-number', body: { countryCode: 'FR', vatNumber: '40303265045' } }]);
    expect(organization.vatVerification).toEqual({ status: 'VALID', registeredName: 'SA ODIGO', checkedAt: expect.any(String) });
    const checkedAt = Date.parse(organization.vatVerification.checkedAt);
    expect(checkedAt).toBeGreaterThanOrEqual(before - 1000);
    expect(checkedAt).toBeLessThanOrEqual(Date.now());
    const [row] = await server.dataSource.query(`SELECT vat_verification_status, vat_registered_name, vat_checked_at FROM organization`);
    expect(row).toEqual({ vat_verification_status: 'VALID', vat_registered_name: 'SA ODIGO', vat_checked_at: expect.any(Date) });
    const [event] = withSummaries(await server.dataSource.query(`SELECT action, data FROM audit_event WHERE action = 'organization.vat_verified'`));
    expect(event.summary).toBe('VIES confirmed the VAT number FR40303265045, registered to "SA ODIGO"');
  });

  it('stores VALID without a name when the member state does not disclose it', async () => {
    const { organization } = await signUpWith({ country: 'BE', vatNumber: 'BE0428759497' });
    expect(organization.vatVerification).toMatchObject({ status: 'VALID', registeredName: null });
  });

  it('asks about Greek numbers with the EL prefix', async () => {
    const { organization } = await signUpWith({ country: 'GR', vatNumber: 'GR094259216' });
    expect(vies.requests[0].body).toEqual({ countryCode: 'EL', vatNumber: '094259216' });
    expect(organization.vatVerification.status).toBe('VALID');
  });

  it('stores INVALID for a number VIES does not know (the organization is still created)', async () => {
    const { organization } = await signUpWith({ country: 'DE', vatNumber: 'DE136695976' });
    expect(organization).toMatchObject({ vatNumber: 'DE136695976', vatVerification: { status: 'INVALID', registeredName: null } });
    const [row] = await server.dataSource.query(`SELECT vat_verification_status FROM organization`);
    expect(row.vat_verification_status).toBe('INVALID');
  });

  it('stores UNAVAILABLE when VIES does not answer in time, without waiting for it', async () => {
    const started = Date.now();
    const { organization } = await signUpWith({ country: 'AT', vatNumber: 'ATU13585627' });
    expect(Date.now() - started).toBeLessThan(1_800);
    expect(organization.vatVerification).toMatchObject({ status: 'UNAVAILABLE', registeredName: null });
  });

  it('stores UNAVAILABLE when VIES answers with an error', async () => {
    const { organization } = await signUpWith({ country: 'IT', vatNumber: 'IT00743110157' });
    expect(organization.vatVerification.status).toBe('UNAVAILABLE');
  });

  it('does not ask VIES for organizations without a VAT number', async () => {
    const { organization } = await signUpWith({ country: 'CH', vatNumber: null, billingAddresses: [{ ...PARIS, country: 'CH' }] });
    expect(vies.requests).toEqual([]);
    expect(organization.vatVerification).toBeNull();
  });

  it('asks again on save only when the number changed or the last answer was UNAVAILABLE; clears it with the number', async () => {
    const { client, organization } = await signUpWith({ vatNumber: 'FR40303265045' });
    const save = (organizationDetails: Record<string, unknown>) =>
      client.data(UPDATE_ORGANIZATION, {
        input: {
          organizationId: organization.id,
          organization: details({ billingAddresses: [{ ...PARIS, id: organization.billingAddresses[0].id }], ...organizationDetails }),
          acceptTerms: true,
          termsVersion: CURRENT_TERMS_VERSION,
        },
      });
    await save({ name: 'Renamed SAS' });
    expect(vies.requests).toHaveLength(1);

    const changed = await save({ country: 'DE', vatNumber: 'DE136695976' });
    expect(vies.requests).toHaveLength(2);
    expect(changed.updateOrganization.organization.vatVerification.status).toBe('INVALID');

    const slow = await save({ country: 'AT', vatNumber: 'ATU13585627' });
    expect(slow.updateOrganization.organization.vatVerification.status).toBe('UNAVAILABLE');
    await save({ country: 'AT', vatNumber: 'ATU13585627' });
    expect(vies.requests).toHaveLength(4);

    const removed = await save({ country: 'AT', vatNumber: null });
    expect(removed.updateOrganization.organization.vatVerification).toBeNull();
    const [row] = await server.dataSource.query(`SELECT vat_verification_status, vat_checked_at, vat_registered_name FROM organization`);
    expect(row).toEqual({ vat_verification_status: null, vat_checked_at: null, vat_registered_name: null });
    expect(vies.requests).toHaveLength(4);
  });

  it('checks the form before asking VIES: a refused save asks nothing and writes nothing', async () => {
    const { client, organization } = await signUpWith({ vatNumber: 'FR40303265045' });
    vies.requests.length = 0;
    const response = await client.request(UPDATE_ORGANIZATION, {
      input: {
        organizationId: organization.id,
        organization: details({
          country: 'DE',
          vatNumber: 'DE136695976',
          billingAddresses: [{ ...PARIS, id: organization.billingAddresses[0].id }, { ...PARIS, city: 'Lyon' }],
        }),
        acceptTerms: true,
        termsVersion: CURRENT_TERMS_VERSION,
      },
    });
    expect(response.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'organization.billingAddresses.1.isDefault' });
    expect(vies.requests).toEqual([]);
    const [row] = await server.dataSource.query(`SELECT vat_number, vat_verification_status FROM organization`);
    expect(row).toEqual({ vat_number: 'FR40303265045', vat_verification_status: 'VALID' });
  });
});
