import { randomUUID } from 'node:crypto';
import { Fixtures, PASSWORD } from './support/fixtures';
import { errorCode, type GraphQLTestClient } from './support/graphql-client';
import { startTestServer, type TestServer } from './support/test-server';

/**
 * How refusals reach a client over HTTP: always JSON with `extensions.code` (and `field` for
 * input), 400 for a malformed request (413 too large, 415 unsupported encoding), 200 or 400 for
 * GraphQL as the GraphQL-over-HTTP spec says, never a 500 nor an HTML page for a client's mistake.
 */

interface Answer {
  status: number;
  contentType: string;
  text: string;
  json: { data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

async function answer(response: Response): Promise<Answer> {
  const text = await response.text();
  let json: Answer['json'] = {};
  try {
    json = JSON.parse(text);
  } catch {
    // left empty: the assertions on content-type and codes fail
  }
  return { status: response.status, contentType: response.headers.get('content-type') ?? '', text, json };
}

const post = (server: TestServer, body: string, headers: Record<string, string> = {}) =>
  fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body }).then(answer);

const graphql = (server: TestServer, query: string, variables?: unknown, headers: Record<string, string> = {}) =>
  post(server, JSON.stringify({ query, variables }), headers);

function expectCoded(response: Answer, status: number, code: string, field?: string): void {
  expect(response.contentType).toMatch(/^application\/(graphql-response\+)?json/);
  expect(response.status).toBe(status);
  expect(response.json.errors?.[0]?.extensions?.['code']).toBe(code);
  if (field !== undefined) expect(response.json.errors?.[0]?.extensions?.['field']).toBe(field);
  expect(response.text).not.toMatch(/<html|<pre>|\bat [A-Za-z.]+ \(|node_modules/);
}

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { user { id } } }`;
const DIRECTORY = `query($search: String!, $first: Int!, $after: String) { partnerDirectory(search: $search, first: $first, after: $after) { totalCount } }`;
const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { user { id } } }`;

function signUpInput(street2: string) {
  return {
    displayName: 'Ada',
    email: `ada-${randomUUID()}@example.test`,
    password: PASSWORD,
    acceptTerms: true,
    termsVersion: 'any',
    organization: {
      name: 'Ada SA',
      entityType: 'COMPANY',
      country: 'CH',
      billingAddresses: [
        { street: 'Rue 1', postcode: '1000', city: 'Lausanne', country: 'CH', isDefault: true },
        { street: street2, postcode: '1000', city: 'Lausanne', country: 'CH', isDefault: false },
      ],
    },
  };
}

const cursor = (values: unknown) => Buffer.from(JSON.stringify(values)).toString('base64url');

describe('HTTP errors: every refusal coded, in JSON, with the right status', () => {
  let server: TestServer;
  let lr: GraphQLTestClient;
  let organizationId: string;

  beforeAll(async () => {
    server = await startTestServer();
    const fixtures = new Fixtures(server.dataSource);
    const user = await fixtures.user({ email: 'errors-lr@example.test' });
    const organization = await fixtures.organization({ name: 'Errors SA' });
    await fixtures.membership(user, organization, 'LEGAL_RESPONSIBLE');
    await fixtures.products(organization, 3);
    organizationId = organization.id;
    lr = server.client();
    await lr.login(user.email, PASSWORD);
  });
  afterAll(() => server.close());

  describe('bodies the JSON parser refuses', () => {
    it.each([
      ['malformed JSON', '{"query": ', {}, 400],
      ['a JSON string instead of an object', '"{ me { id } }"', {}, 400],
      ['a body over the limit', JSON.stringify({ query: '{ me { id } }', padding: 'x'.repeat(200_000) }), {}, 413],
      ['an unsupported charset', '{"query":"{ me { id } }"}', { 'content-type': 'application/json; charset=latin-9' }, 415],
      ['an unsupported content encoding', '{"query":"{ me { id } }"}', { 'content-encoding': 'compress-me-not' }, 415],
    ])('%s: %#', async (_label, body, headers, status) => {
      expectCoded(await post(server, body, headers as Record<string, string>), status as number, 'BAD_REQUEST');
    });

    it('answers a body that is no GraphQL request (empty, another media type) with a coded 400', async () => {
      expectCoded(await post(server, ''), 400, 'BAD_REQUEST');
      expectCoded(await post(server, '<query/>', { 'content-type': 'application/xml' }), 400, 'BAD_REQUEST');
    });

    it('answers paths nobody serves with a JSON 404, not an HTML page', async () => {
      const missing = await fetch(`${server.url}/api/nothing`, { headers: { accept: 'application/json' } }).then(answer);
      expectCoded(missing, 404, 'NOT_FOUND');
      const wrongMethod = await fetch(`${server.url}/invoices/${randomUUID()}.pdf`, { method: 'POST' }).then(answer);
      expectCoded(wrongMethod, 404, 'NOT_FOUND');
    });
  });

  describe('variables that do not fit their types: BAD_USER_INPUT naming the field, HTTP 400', () => {
    it.each([
      ['a wrong type', LOGIN, { input: { email: 42, password: 'x' } }, 'email'],
      ['a missing required field', LOGIN, { input: { email: 'a@example.test' } }, 'password'],
      ['null for a required field', LOGIN, { input: { email: null, password: 'x' } }, 'email'],
      ['an unknown input field', LOGIN, { input: { email: 'a@example.test', password: 'x', emial: 'typo' } }, 'emial'],
      ['a missing variable', LOGIN, {}, 'input'],
      ['an Int beyond 32 bits', DIRECTORY, { search: 'partner', first: 2 ** 31 }, 'first'],
      ['null for an argument with a default', DIRECTORY, { search: 'partner', first: null }, 'first'],
    ])('%s', async (_label, query, variables, field) => {
      expectCoded(await graphql(server, query as string, variables), 400, 'BAD_USER_INPUT', field as string);
    });

    it('answers the same with the GraphQL response media type', async () => {
      const response = await graphql(server, DIRECTORY, { search: 'partner', first: 2 ** 31 }, { accept: 'application/graphql-response+json' });
      expectCoded(response, 400, 'BAD_USER_INPUT', 'first');
      expect(response.contentType).toMatch(/^application\/graphql-response\+json/);
    });

    it('keeps field errors of a running operation at 200, as the spec says for application/json', async () => {
      const response = await lr.request(`query($id: ID!) { organization(id: $id) { id } }`, { id: randomUUID() });
      expect(response.status).toBe(200);
      expect(errorCode(response)).toBe('NOT_FOUND');
    });
  });

  describe('text PostgreSQL cannot store: refused before anything runs, with the dotted field', () => {
    it('refuses NUL and lone surrogates in nested inputs, variables or literals, and writes nothing', async () => {
      const users = async () => Number((await server.dataSource.query(`SELECT count(*) FROM app_user`))[0].count);
      const before = await users();
      expectCoded(await graphql(server, SIGN_UP, { input: signUpInput('Rue\u0000 2') }), 400, 'BAD_USER_INPUT', 'organization.billingAddresses.1.street');
      expectCoded(await graphql(server, SIGN_UP, { input: signUpInput('Rue \ud800') }), 400, 'BAD_USER_INPUT', 'organization.billingAddresses.1.street');
      // The lone surrogate as JSON text, escaped as a client's serializer writes it.
      const escaped = `{"query":${JSON.stringify(LOGIN)},"variables":{"input":{"email":"a\\udc00@example.test","password":"x"}}}`;
      expectCoded(await post(server, escaped), 400, 'BAD_USER_INPUT', 'email');
      expectCoded(await graphql(server, `mutation { login(input: { email: "a\\u0000@example.test", password: "x" }) { user { id } } }`), 400, 'BAD_USER_INPUT', 'email');
      expectCoded(await graphql(server, DIRECTORY, { search: 'part\u0000ner', first: 5 }), 400, 'BAD_USER_INPUT', 'search');
      expect(await users()).toBe(before);
    });

    it('still takes well-formed text beyond the BMP (a surrogate pair)', async () => {
      const response = await graphql(server, DIRECTORY, { search: 'partner 🦀', first: 5 });
      expect(response.json.errors?.[0]?.extensions?.['code']).not.toBe('BAD_USER_INPUT');
    });
  });

  describe('cursors: checked against the list before any query', () => {
    // Shared: cursors no list takes. Then per list, cursors of the right arity with wrong contents.
    const forged = [cursor(['a']), 'not a cursor!', cursor({ a: 1 } as never), cursor([{}, [], null])];
    it.each([
      ['products', [cursor(['a', 'not-a-uuid']), cursor(['a\u0000', randomUUID()]), cursor(['x'.repeat(2000), randomUUID()]), cursor([1, randomUUID()])]],
      ['members', [cursor(['x', 'a', randomUUID()]), cursor([7, 'a', randomUUID()]), cursor([0, 'a\ud800', randomUUID()]), cursor([0, 'a', 'not-a-uuid'])]],
      ['auditTrail', [cursor(['2026-02-31T00:00:00.000Z', randomUUID()]), cursor(['yesterday', randomUUID()]), cursor(['0000-01-01T00:00:00.000Z', randomUUID()]), cursor([new Date().toISOString(), 'x'])]],
    ])('%s: a forged cursor is BAD_USER_INPUT on after', async (list, ownForgeries) => {
      for (const after of [...forged, ...(ownForgeries as string[])]) {
        const response = await lr.request(`query($id: ID!, $after: String) { organization(id: $id) { ${list}(first: 2, after: $after) { totalCount } } }`, {
          id: organizationId,
          after,
        });
        expect(response.status).toBe(200);
        expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
      }
    });

    it('products: a real endCursor still pages', async () => {
      const page = `query($id: ID!, $after: String) { organization(id: $id) { products(first: 2, after: $after) { edges { node { name } } pageInfo { endCursor } } } }`;
      const first = await lr.data(page, { id: organizationId });
      const next = await lr.data(page, { id: organizationId, after: first.organization.products.pageInfo.endCursor });
      expect(next.organization.products.edges).toHaveLength(1);
    });
  });

  it('refuses an operation that is too expensive with a coded 400', async () => {
    const products = `products(first: 100) { edges { node { id name category renewalDate publicPrice { amountMinor currency } } } }`;
    const pages = Array.from({ length: 12 }, (_, i) => `p${i}: ${products}`).join(' ');
    const response = await lr.request(`{ me { memberships { organization { ${pages} } } } }`);
    expect(response.status).toBe(400);
    expect(errorCode(response)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.errors?.[0].message).toMatch(/too expensive/);
  });

  it('suggests names outside production', async () => {
    const response = await graphql(server, `{ mee { id } }`);
    expect(response.json.errors?.[0].message).toMatch(/Did you mean/);
  });

  describe('invoice PDFs', () => {
    it('answers 401 when not signed in, 404 for malformed, unknown or unreachable ids, in JSON', async () => {
      const anonymous = await fetch(`${server.url}/invoices/${randomUUID()}.pdf`).then(answer);
      expectCoded(anonymous, 401, 'UNAUTHENTICATED');
      const cookie = { cookie: [...lr.cookies].map(([k, v]) => `${k}=${v}`).join('; ') };
      for (const file of ['not-a-uuid.pdf', `${randomUUID()}.pdf`, `${randomUUID()}.txt`, '%E0%A4%A.pdf']) {
        const response = await fetch(`${server.url}/invoices/${file}`, { headers: cookie }).then(answer);
        expectCoded(response, file.startsWith('%') ? 400 : 404, file.startsWith('%') ? 'BAD_REQUEST' : 'NOT_FOUND');
      }
    });
  });
});

describe('HTTP errors in production', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ NODE_ENV: 'production' });
  });
  afterAll(() => server.close());

  it('refuses anonymous introspection with a coded 400', async () => {
    expectCoded(await graphql(server, `{ __schema { queryType { name } } }`), 400, 'UNAUTHENTICATED');
  });

  it('suggests no schema names to anyone: validation, enum values, variables', async () => {
    const answers = [
      await graphql(server, `{ mee { id } }`),
      await graphql(server, `{ managedClients(partnerOrganizationId: "x", orderBy: NAM) { totalCount } }`),
      await graphql(server, LOGIN, { input: { email: 'a@example.test', password: 'x', emial: 'typo' } }),
      await graphql(server, `query($o: ManagedClientOrder!) { managedClients(partnerOrganizationId: "x", orderBy: $o) { totalCount } }`, { o: 'NAM' }),
    ];
    for (const response of answers) {
      expect(response.status).toBe(400);
      expect(response.json.errors?.[0]?.extensions?.['code']).toEqual(expect.any(String));
      expect(response.text).not.toMatch(/Did you mean/);
    }
  });

  it('answers body-parser errors in JSON without a stack, as in development', async () => {
    expectCoded(await post(server, '{"query": '), 400, 'BAD_REQUEST');
  });
});
