import { request as httpRequest } from 'node:http';
import { gzipSync } from 'node:zlib';
import { startTestServer, type TestServer } from './support/test-server';

/**
 * POST /graphql runs on its own lane (src/http/graphql-lane.ts), beside the Express app that
 * answers everything else: whatever a client or the log sees must not tell them apart.
 */
const HELMET_HEADERS = [
  'content-security-policy',
  'cross-origin-opener-policy',
  'cross-origin-resource-policy',
  'origin-agent-cluster',
  'referrer-policy',
  'strict-transport-security',
  'x-content-type-options',
  'x-dns-prefetch-control',
  'x-download-options',
  'x-frame-options',
  'x-permitted-cross-domain-policies',
  'x-xss-protection',
];

/** The Express app's 100 kB (body-parser's `100kb`: 102,400 bytes). */
const BODY_LIMIT = 100 * 1024;

describe('the GraphQL lane (POST /graphql)', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

  it("sends helmet's headers exactly as the Express app does, and no X-Powered-By", async () => {
    const lane = await post(JSON.stringify({ query: '{ __typename }' }));
    const app = await fetch(`${server.url}/healthz`);
    expect(lane.status).toBe(200);
    for (const name of HELMET_HEADERS) {
      expect([name, lane.headers.get(name)]).toEqual([name, app.headers.get(name)]);
      expect(lane.headers.get(name)).toBeTruthy();
    }
    expect(lane.headers.get('x-powered-by')).toBeNull();
  });

  it('compresses an answer above the threshold when the client accepts it, never otherwise', async () => {
    const large = JSON.stringify({ query: '{ __schema { types { name description } } }' });
    const gzip = await post(large, { 'accept-encoding': 'gzip' });
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    expect(gzip.headers.get('vary')).toContain('Accept-Encoding');
    const text = await gzip.text();
    expect(JSON.parse(text).data.__schema.types.length).toBeGreaterThan(10);

    const plain = await post(large, { 'accept-encoding': 'identity' });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(plain.headers.get('vary')).toContain('Accept-Encoding');
    expect(await plain.text()).toBe(text);
    expect(Number(plain.headers.get('content-length'))).toBe(Buffer.byteLength(text));

    // Below compression's 1 kB threshold: sent as is, still varying on Accept-Encoding for caches.
    const small = await post(JSON.stringify({ query: '{ __typename }' }), { 'accept-encoding': 'gzip' });
    expect(small.headers.get('content-encoding')).toBeNull();
    expect(small.headers.get('vary')).toContain('Accept-Encoding');
    expect(await small.json()).toMatchObject({ data: { __typename: 'Query' } });
  });

  /** A raw request (fetch always sends Accept-Encoding and its own framing): status, headers, body. */
  const raw = (body: Buffer | string, headers: Record<string, string | number>, chunked = false) =>
    new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
      const request = httpRequest(`${server.url}/graphql`, { method: 'POST', headers }, (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk) => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: text }));
      });
      request.on('error', reject);
      if (chunked) {
        request.write(body.slice(0, 5));
        request.end(body.slice(5));
      } else request.end(body);
    });
  const json = (body: string) => ({ 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });

  it('without Accept-Encoding sends the answer as is, varying on Accept-Encoding as compression does', async () => {
    const body = JSON.stringify({ query: '{ __schema { types { name description } } }' });
    const answer = await raw(body, json(body));
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBeUndefined();
    expect(answer.headers['vary']).toBe('Accept-Encoding');
    expect(Number(answer.headers['content-length'])).toBe(Buffer.byteLength(answer.body));
    expect(JSON.parse(answer.body).data.__schema.types.length).toBeGreaterThan(10);
  });

  it('reads every JSON body body-parser reads, and refuses what it refuses', async () => {
    const query = JSON.stringify({ query: '{ __typename }' });
    const ok = async (answer: Promise<{ status: number; body: string }>) => {
      const { status, body } = await answer;
      expect([status, JSON.parse(body).data]).toEqual([200, { __typename: 'Query' }]);
    };
    await ok(raw(query, { ...json(query), 'content-type': 'application/json; charset=UTF-8' }));
    await ok(raw(`\ufeff ${query}`, json(`\ufeff ${query}`)));
    await ok(raw(query, { 'content-type': 'application/json', 'transfer-encoding': 'chunked' }, true));
    const gzipped = gzipSync(query);
    await ok(raw(gzipped, { 'content-type': 'application/json', 'content-encoding': 'gzip', 'content-length': gzipped.length }));
    for (const refused of ['"{ __typename }"', 'null', '42', '{"query": ']) {
      const answer = await raw(refused, json(refused));
      expect([refused, answer.status]).toEqual([refused, 400]);
      expect(JSON.parse(answer.body)).toMatchObject({ code: 'BAD_REQUEST', message: 'The request body is not a JSON object. Send {"query": "…", "variables": {…}}.' });
    }
  });

  it('takes a body of exactly 100 kB and refuses one byte more with a coded 413', async () => {
    const sized = (length: number) => {
      const shell = JSON.stringify({ query: '{ __typename }\n#' });
      return JSON.stringify({ query: `{ __typename }\n#${'x'.repeat(length - shell.length)}` });
    };
    expect(Buffer.byteLength(sized(BODY_LIMIT))).toBe(BODY_LIMIT);
    const atLimit = await post(sized(BODY_LIMIT));
    expect(atLimit.status).toBe(200);
    expect(await atLimit.json()).toMatchObject({ data: { __typename: 'Query' } });
    const over = await post(sized(BODY_LIMIT + 1));
    expect(over.status).toBe(413);
    expect(await over.json()).toMatchObject({ code: 'BAD_REQUEST', errors: [{ extensions: { code: 'BAD_REQUEST' } }] });
  });

  it('writes the same request line as the Express app, with ids of one sequence', async () => {
    await post(JSON.stringify({ query: '{ __typename }' }), { 'x-request-mark': 'lane' });
    await fetch(`${server.url}/nothing-here`, { headers: { accept: 'application/json', 'x-request-mark': 'app' } });
    const lineOf = async (mark: string) => {
      for (let attempt = 0; attempt < 50; attempt++) {
        const line = (await server.logLines()).find((l) => l['msg'] === 'request completed' && l['req']?.['headers']?.['x-request-mark'] === mark);
        if (line) return line;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error(`no request line marked ${mark}`);
    };
    const [lane, app] = [await lineOf('lane'), await lineOf('app')];
    expect(lane).toMatchObject({ level: 30, req: { method: 'POST', url: '/graphql' }, res: { statusCode: 200 } });
    expect(app).toMatchObject({ level: 30, req: { method: 'GET', url: '/nothing-here' }, res: { statusCode: 404 } });
    expect(Object.keys(lane).sort()).toEqual(Object.keys(app).sort());
    expect(Object.keys(lane['req']).sort()).toEqual(Object.keys(app['req']).sort());
    expect(Object.keys(lane['res']).sort()).toEqual(Object.keys(app['res']).sort());
    expect(typeof lane['responseTime']).toBe('number');
    expect(lane['req']['id']).not.toBe(app['req']['id']);
    expect(lane['res']['headers']['x-content-type-options']).toBe('nosniff');
  });
});
