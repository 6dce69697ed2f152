import { truncatedIp } from './truncated-ip';

describe('truncatedIp', () => {
  it('keeps an IPv4 /24 and an IPv6 /48', () => {
    expect(truncatedIp('203.0.113.57')).toBe('203.0.113.0');
    expect(truncatedIp('::ffff:198.51.100.7')).toBe('198.51.100.0');
    expect(truncatedIp('2001:0db8:85a3:0000:0000:8a2e:0370:7334')).toBe('2001:db8:85a3::');
    expect(truncatedIp('2001:db8::1')).toBe('2001:db8:0::');
    expect(truncatedIp('::1')).toBe('0:0:0::');
    expect(truncatedIp('unknown')).toBeNull();
  });
});
