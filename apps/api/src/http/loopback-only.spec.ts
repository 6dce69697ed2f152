import type { Request } from 'express';
import { isLoopbackAddress, isLoopbackRequest } from './loopback-only';

/** What Express gives the middleware: the TCP peer, `req.ip` (after `trust proxy`) and the headers. */
function request(remoteAddress: string, headers: Record<string, string> = {}, ip = remoteAddress): Request {
  return { socket: { remoteAddress }, ip, headers } as unknown as Request;
}

describe('loopback-only developer pages', () => {
  it('knows the loopback addresses, IPv4-mapped ones included', () => {
    for (const address of ['127.0.0.1', '127.1.2.3', '::1', '::ffff:127.0.0.1', '[::1]']) expect(isLoopbackAddress(address)).toBe(true);
    for (const address of ['192.0.2.2', '10.0.0.1', '::ffff:192.0.2.2', 'fd00::2', '0.0.0.0', '', 'unknown', undefined]) {
      expect(isLoopbackAddress(address)).toBe(false);
    }
  });

  it('accepts a request made on this machine', () => {
    expect(isLoopbackRequest(request('127.0.0.1'))).toBe(true);
    expect(isLoopbackRequest(request('::1'))).toBe(true);
    expect(isLoopbackRequest(request('::ffff:127.0.0.1', { 'x-forwarded-for': '127.0.0.1' }))).toBe(true);
  });

  it('refuses a remote client, whatever it writes in forwarding headers', () => {
    expect(isLoopbackRequest(request('192.0.2.2'))).toBe(false);
    expect(isLoopbackRequest(request('192.0.2.2', { 'x-forwarded-for': '127.0.0.1' }))).toBe(false);
    // With `trust proxy` on, Express believes the header: req.ip is then loopback, the socket is not.
    expect(isLoopbackRequest(request('192.0.2.2', { 'x-forwarded-for': '127.0.0.1' }, '127.0.0.1'))).toBe(false);
  });

  it('refuses a request a proxy on this machine relays for someone elsewhere, trusted or not', () => {
    expect(isLoopbackRequest(request('127.0.0.1', { 'x-forwarded-for': '203.0.113.7' }))).toBe(false);
    expect(isLoopbackRequest(request('127.0.0.1', { 'x-forwarded-for': '203.0.113.7' }, '203.0.113.7'))).toBe(false);
    // The client prepends a fake loopback hop; the proxy appends the real address.
    expect(isLoopbackRequest(request('127.0.0.1', { 'x-forwarded-for': '127.0.0.1, 203.0.113.7' }, '127.0.0.1'))).toBe(false);
    expect(isLoopbackRequest(request('127.0.0.1', { 'x-real-ip': '203.0.113.7' }))).toBe(false);
    expect(isLoopbackRequest(request('127.0.0.1', { forwarded: 'for=203.0.113.7;proto=https' }))).toBe(false);
    expect(isLoopbackRequest(request('127.0.0.1', { forwarded: 'for="[2001:db8::17]:4711"' }))).toBe(false);
    expect(isLoopbackRequest(request('127.0.0.1', { forwarded: 'for=_hidden' }))).toBe(false);
    expect(isLoopbackRequest(request('127.0.0.1', { forwarded: 'for="[::1]:4711", for=127.0.0.1' }))).toBe(true);
  });
});
