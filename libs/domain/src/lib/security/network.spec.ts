import { truncatedNetwork } from './network';

describe('truncatedNetwork', () => {
  it('keeps the /24 of an IPv4 address, mapped or not', () => {
    expect(truncatedNetwork('192.168.1.77')).toBe('192.168.1.0/24');
    expect(truncatedNetwork('::ffff:10.0.3.4')).toBe('10.0.3.0/24');
  });
  it('keeps the /48 of an IPv6 address', () => {
    expect(truncatedNetwork('2001:db8:abcd:12::1')).toBe('2001:db8:abcd::/48');
    expect(truncatedNetwork('::1')).toBe('0:0:0::/48');
  });
  it('says nothing of what is no address', () => {
    expect(truncatedNetwork('unknown')).toBeNull();
  });
});
