import { LOGIN_THROTTLE } from '@manager/api-identity';
import { Fixtures, PASSWORD } from './support/fixtures';
import { errorCode, type GraphQLResponse } from './support/graphql-client';
import { SIGN_UP, signUpInput } from './support/organization-details';
import { startTestServer, type TestServer } from './support/test-server';

/**
 * The client IP behind a proxy. The test process plays the proxy (the socket is loopback): a
 * client may write anything into X-Forwarded-For, the proxy appends the address it saw. Only the
 * hops TRUST_PROXY names are believed, so the counted IP is the one the trusted proxy appended,
 * never the left-most entry the client wrote.
 */
let forged = 0;
/** A new made-up address for every request, as an attacker spraying accounts would send. */
const forgedAddress = () => `198.18.${Math.floor(++forged / 250) % 250}.${(forged % 250) + 1}`;

const LOGIN = `mutation Login($input: LoginInput!) { login(input: $input) { user { id } } }`;

function tally(responses: GraphQLResponse[]): Record<string, number> {
  const result: Record<string, number> = {};
  for (const response of responses) {
    const code = String(errorCode(response) ?? 'OK');
    result[code] = (result[code] ?? 0) + 1;
  }
  return result;
}

async function loginCookie(server: TestServer, email: string, headers: Record<string, string>): Promise<string | undefined> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: LOGIN, variables: { input: { email, password: PASSWORD } } }),
  });
  return response.headers.getSetCookie()[0];
}

/** The behaviours every trusted-proxy setting must keep, given how its proxy chain looks. */
function behindTrustedProxy(env: Record<string, string>, chain: (clientAddress: string) => string) {
  let server: TestServer;
  let fixtures: Fixtures;
  beforeAll(async () => {
    server = await startTestServer({ OUTBOX_WORKER: 'false', ...env });
    fixtures = new Fixtures(server.dataSource);
  });
  afterAll(() => server.close());
  beforeEach(() => server.reset());

  const via = (clientAddress: string) => ({ 'x-forwarded-for': chain(clientAddress) });

  it('counts the address the trusted proxy saw, whatever the client wrote on the left', async () => {
    await server.client().login('nobody@example.test', 'guess');
    const forgedLogins = [0, 1, 2].map(() => server.client().request(LOGIN, { input: { email: 'nobody@example.test', password: 'guess' } }, via('203.0.113.7')));
    await Promise.all(forgedLogins);
    const rows: { ip: string }[] = await server.dataSource.query(`SELECT DISTINCT ip FROM login_attempt ORDER BY ip`);
    // The one direct request (no header) is the proxy itself; the three forged ones all count as 203.0.113.7.
    expect(rows.map((r) => r.ip)).toEqual(['127.0.0.1', '203.0.113.7']);
  });

  it('spraying accounts with a new forged address each time still trips the per-IP limit, at once or one by one', async () => {
    const spray = (count: number, from: string) =>
      Promise.all(
        Array.from({ length: count }, (_, i) =>
          server.client().request(LOGIN, { input: { email: `victim${i}@example.test`, password: 'guess' } }, via(from)),
        ),
      );
    expect(tally(await spray(LOGIN_THROTTLE.maxFailuresPerIp + 5, '203.0.113.7'))).toEqual({
      UNAUTHENTICATED: LOGIN_THROTTLE.maxFailuresPerIp,
      TOO_MANY_REQUESTS: 5,
    });
    await fixtures.user({ email: 'ada@example.test' });
    const blocked = await server.client().request(LOGIN, { input: { email: 'ada@example.test', password: PASSWORD } }, via('203.0.113.7'));
    expect(errorCode(blocked)).toBe('TOO_MANY_REQUESTS');
    // Another client behind the same proxy is not blocked by this one.
    const other = await server.client().request(LOGIN, { input: { email: 'ada@example.test', password: PASSWORD } }, via('203.0.113.8'));
    expect(errorCode(other)).toBeUndefined();
  });

  it('sign-ups with a new forged address each time still trip the per-IP sign-up limit', async () => {
    const responses: GraphQLResponse[] = [];
    for (let i = 0; i < 11; i++) responses.push(await server.client().request(SIGN_UP, { input: signUpInput() }, via('203.0.113.9')));
    expect(tally(responses)).toEqual({ OK: 10, TOO_MANY_REQUESTS: 1 });
    expect(await server.dataSource.query(`SELECT DISTINCT ip FROM terms_acceptance`)).toEqual([{ ip: '203.0.113.9' }]);
  });

  it('sets the Secure, __Host- prefixed session cookie when the trusted proxy says the client came over TLS', async () => {
    await fixtures.user({ email: 'tls@example.test' });
    const cookie = await loginCookie(server, 'tls@example.test', { ...via('203.0.113.10'), 'x-forwarded-proto': 'https' });
    expect(cookie).toMatch(/^__Host-session=[^;]+; Path=\/; Expires=[^;]+; HttpOnly; Secure; SameSite=Lax$/);
    const plain = await loginCookie(server, 'tls@example.test', via('203.0.113.10'));
    expect(plain).toMatch(/^session=[^;]+; Path=\/; Expires=[^;]+; HttpOnly; SameSite=Lax$/);
  });
}

describe('behind one proxy (TRUST_PROXY=1)', () => {
  // The client's own header, then the address the proxy appended.
  behindTrustedProxy({ TRUST_PROXY: '1' }, (client) => `${forgedAddress()}, ${client}`);
});

describe('behind a list of trusted proxies (TRUST_PROXY=loopback,10.0.0.0/8)', () => {
  // Two proxies: an edge one at 10.1.2.3 that saw the client, then the loopback one we play.
  behindTrustedProxy({ TRUST_PROXY: 'loopback,10.0.0.0/8' }, (client) => `${forgedAddress()}, ${forgedAddress()}, ${client}, 10.1.2.3`);
});

describe('when the socket is not a trusted proxy (TRUST_PROXY=10.0.0.0/8, requests from loopback)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ OUTBOX_WORKER: 'false', TRUST_PROXY: '10.0.0.0/8' });
  });
  afterAll(() => server.close());

  it('ignores X-Forwarded-For and X-Forwarded-Proto altogether', async () => {
    await new Fixtures(server.dataSource).user({ email: 'tls@example.test' });
    const cookie = await loginCookie(server, 'tls@example.test', { 'x-forwarded-for': '203.0.113.7', 'x-forwarded-proto': 'https' });
    expect(cookie).toMatch(/^session=[^;]+;/);
    await server.client().request(LOGIN, { input: { email: 'nobody@example.test', password: 'guess' } }, { 'x-forwarded-for': '203.0.113.7' });
    expect(await server.dataSource.query(`SELECT DISTINCT ip FROM login_attempt`)).toEqual([{ ip: '127.0.0.1' }]);
  });
});
