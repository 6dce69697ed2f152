import { networkInterfaces } from 'node:os';
import { startTestServer, type TestServer } from './support/test-server';

/** This machine's first non-loopback IPv4 address: connecting to it makes a non-loopback peer. */
const outsideAddress = Object.values(networkInterfaces())
  .flat()
  .find((entry) => entry && entry.family === 'IPv4' && !entry.internal)?.address;
const whenNetworked = outsideAddress ? it : it.skip;

const PAGES = ['/dev/emails', '/dev/emails.json'];

describe.each([
  ['without a trusted proxy', 'false'],
  ['with TRUST_PROXY=loopback', 'loopback'],
])('developer pages on HOST=0.0.0.0, %s', (_label, trustProxy) => {
  let server: TestServer;
  let port: string;
  beforeAll(async () => {
    server = await startTestServer({ HOST: '0.0.0.0', TRUST_PROXY: trustProxy });
    port = new URL(server.url).port;
  });
  afterAll(() => server.close());

  const status = async (host: string, path: string, headers: Record<string, string> = {}) =>
    (await fetch(`http://${host}:${port}${path}`, { headers })).status;

  it('answer on loopback', async () => {
    for (const path of PAGES) expect(await status('127.0.0.1', path)).toBe(200);
  });

  whenNetworked(`do not exist for a client on the network (${outsideAddress ?? 'no non-loopback address here'})`, async () => {
    for (const path of PAGES) {
      expect(await status(outsideAddress as string, path)).toBe(404);
      expect(await status(outsideAddress as string, path, { 'x-forwarded-for': '127.0.0.1' })).toBe(404);
      expect(await status(outsideAddress as string, path, { forwarded: 'for=127.0.0.1', 'x-real-ip': '127.0.0.1' })).toBe(404);
    }
    // The rest of the app does answer there: only the developer pages are loopback-only.
    expect((await fetch(`http://${outsideAddress}:${port}/healthz`)).status).toBe(200);
  });

  it('do not exist for a client a proxy on this machine relays from elsewhere', async () => {
    for (const path of PAGES) {
      expect(await status('127.0.0.1', path, { 'x-forwarded-for': '203.0.113.7' })).toBe(404);
      expect(await status('127.0.0.1', path, { 'x-forwarded-for': '127.0.0.1, 203.0.113.7' })).toBe(404);
    }
  });
});
