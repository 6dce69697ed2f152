import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getIntrospectionQuery } from 'graphql';
import { OPERATION_LIMITS } from '@manager/api-core';
import { Fixtures, PASSWORD } from './support/fixtures';
import { errorCode } from './support/graphql-client';
import { startTestServer, type TestServer } from './support/test-server';

const INLINE_SCRIPT = '\n  (function () { document.title = "checked"; })();\n';

describe('HTTP surface: health, GraphiQL, SPA, headers and operation limits', () => {
  let server: TestServer;
  const webRoot = mkdtempSync(join(tmpdir(), 'manager-web-'));

  beforeAll(async () => {
    // With an inline script, like the browser check of the real index.html: allowed by its hash only.
    writeFileSync(join(webRoot, 'index.html'), `<!doctype html><title>Manager</title><app-root></app-root><script>${INLINE_SCRIPT}</script><script src="main-ABCDEFGH.js" type="module"></script>`);
    writeFileSync(join(webRoot, 'main-ABCDEFGH.js'), 'console.log("spa");'.repeat(200));
    server = await startTestServer({ WEB_ROOT: webRoot });
  });
  afterAll(() => server.close());

  it('reports health after checking the database', async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: 'ok' });
  });

  it('serves GraphiQL to browsers, loading nothing from outside the server', async () => {
    const response = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('ruru-root');
    expect(html).toContain('query MyOrganizations');
    const urls = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url).toMatch(/^\/graphiql-assets\//);
    expect(html).not.toMatch(/https?:\/\//);
    const csp = response.headers.get('content-security-policy') as string;
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    for (const tag of html.match(/<script[^>]*>/g) ?? []) expect(tag).toContain(`nonce="${nonce}"`);
    const asset = await fetch(`${server.url}${urls.find((u) => u.endsWith('.js'))}`, { headers: { 'accept-encoding': 'br' } });
    expect(asset.status).toBe(200);
  });

  it('serves the SPA with a strict CSP, compressed, and falls back to index.html for client routes', async () => {
    const index = await fetch(`${server.url}/org/some-id`, { headers: { accept: 'text/html' } });
    expect(index.status).toBe(200);
    expect(await index.text()).toContain('<app-root>');
    const csp = index.headers.get('content-security-policy') as string;
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
    // The inline browser check, by the SHA-256 of its exact text; nothing else inline.
    const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? '';
    expect(scriptSrc.split(' ')).toEqual(["'self'", `'sha256-${createHash('sha256').update(INLINE_SCRIPT).digest('base64')}'`]);
    expect(index.headers.get('x-content-type-options')).toBe('nosniff');
    const script = await fetch(`${server.url}/main-ABCDEFGH.js`, { headers: { 'accept-encoding': 'br, gzip' } });
    expect(script.headers.get('content-encoding')).toBe('br');
    expect(script.headers.get('cache-control')).toContain('immutable');
  });

  it('keeps CSRF prevention on: a simple GET operation without a preflight header is refused', async () => {
    const response = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ me { id } }')}`);
    expect(response.status).toBe(400);
  });

  it('refuses batched requests', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]),
    });
    expect(response.status).toBe(400);
  });

  it('limits depth, aliases, tokens and cost', async () => {
    const client = server.client();
    const deep = `{ me { memberships { organization { products { edges { node { publicPrice { currency } } } } } } } }`;
    expect(errorCode(await client.request(deep))).toBeUndefined();
    let nested = 'id';
    for (let i = 0; i < OPERATION_LIMITS.maxDepth; i++) nested = `memberships { organization { products { edges { node { ${nested} } } } } }`;
    const tooDeep = await client.request(`{ me { ${nested} } }`);
    expect(errorCode(tooDeep)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(tooDeep.errors?.[0].message).toMatch(/levels deep/);

    const aliases = Array.from({ length: OPERATION_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: me { id }`).join(' ');
    const tooManyAliases = await client.request(`{ ${aliases} }`);
    expect(tooManyAliases.errors?.[0].message).toMatch(/aliases/);

    const tokens = Array.from({ length: OPERATION_LIMITS.maxTokens }, () => 'id').join(' ');
    const tooLong = await client.request(`{ me { ${tokens} } }`);
    expect(errorCode(tooLong)).toBe('GRAPHQL_PARSE_FAILED');

    const page = `products(first: 100) { edges { node { id name category renewalDate publicPrice { amountMinor currency } } } }`;
    const pages = Array.from({ length: 12 }, (_, i) => `p${i}: ${page}`).join(' ');
    const costly = `{ me { memberships { organization { ${pages} } } } }`;
    const expensive = await client.request(costly);
    expect(expensive.errors?.[0].message).toMatch(/too expensive/);
    expect(expensive.status).toBe(400);
  });

  it("lets GraphiQL's full introspection query through, but bounds introspection depth too", async () => {
    const full = getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true });
    const schema = await server.client().request(full);
    expect(schema.errors).toBeUndefined();
    expect((schema.data as any).__schema.types.length).toBeGreaterThan(10);
    let chain = 'name';
    for (let i = 0; i < OPERATION_LIMITS.maxIntrospectionDepth; i++) chain = `ofType { ${chain} }`;
    const abusive = await server.client().request(`{ __type(name: "Query") { fields { type { ${chain} } } } }`);
    expect(abusive.errors?.[0].message).toMatch(/introspection query is nested/);
  });

  it('allows introspection outside production', async () => {
    const response = await server.client().request(`{ __schema { queryType { name } } }`);
    expect(response.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

  it('masks unexpected errors', async () => {
    const ada = await new Fixtures(server.dataSource).user({ email: 'mask@example.test' });
    const client = server.client();
    await client.login('mask@example.test', PASSWORD);
    await server.dataSource.query(`ALTER TABLE app_user RENAME COLUMN display_name TO display_name_gone`);
    try {
      const response = await client.request(`{ me { displayName } }`);
      expect(response.errors?.[0]).toMatchObject({
        message: 'Something went wrong on our side. Please try again.',
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      });
      expect(JSON.stringify(response)).not.toMatch(/display_name_gone|column/);
    } finally {
      await server.dataSource.query(`ALTER TABLE app_user RENAME COLUMN display_name_gone TO display_name`);
    }
    expect(ada.id).toBeTruthy();
  });
});

describe('production mode', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ NODE_ENV: 'production' });
  });
  afterAll(() => server.close());

  it('serves no developer page, not even on loopback: 404', async () => {
    for (const path of ['/dev/emails.json', '/dev/emails']) {
      const response = await fetch(`${server.url}${path}`, { headers: { accept: 'text/html' } });
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).not.toMatch(/json/);
    }
  });

  it('allows introspection only for signed-in users', async () => {
    const anonymous = await server.client().request(`{ __schema { queryType { name } } }`);
    expect(errorCode(anonymous)).toBe('UNAUTHENTICATED');
    expect(anonymous.status).toBe(400);
    await new Fixtures(server.dataSource).user({ email: 'dev@example.test' });
    const developer = server.client();
    await developer.login('dev@example.test', PASSWORD);
    expect((await developer.request(`{ __schema { queryType { name } } }`)).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

});

describe('behind a TLS-terminating proxy', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ TRUST_PROXY: '1' });
  });
  afterAll(() => server.close());

  it('sets a Secure, __Host- prefixed session cookie and reads it back', async () => {
    await new Fixtures(server.dataSource).user({ email: 'tls@example.test' });
    const https = { 'x-forwarded-proto': 'https' };
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...https },
      body: JSON.stringify({
        query: `mutation { login(input: { email: "tls@example.test", password: "${PASSWORD}" }) { user { id } } }`,
      }),
    });
    const cookie = response.headers.getSetCookie()[0];
    expect(cookie).toMatch(/^__Host-session=[^;]+; Path=\/; Expires=[^;]+; HttpOnly; Secure; SameSite=Lax$/);
    const client = server.client();
    client.cookies.set('__Host-session', /^__Host-session=([^;]+)/.exec(cookie)?.[1] as string);
    expect((await client.request(`{ me { email } }`, undefined, https)).data).toEqual({ me: { email: 'tls@example.test' } });
  });
});
