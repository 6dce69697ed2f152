import { isIPv4, isIPv6 } from 'node:net';

/**
 * An address as the token lists show it: enough to recognize a network, not a household —
 * IPv4 to its /24 (`203.0.113.0`), IPv6 to its /48 (`2001:db8:85a3::`); IPv4-mapped IPv6 as IPv4.
 */
export function truncatedIp(ip: string): string | null {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  const address = mapped ? mapped[1] : ip;
  if (isIPv4(address)) return `${address.split('.').slice(0, 3).join('.')}.0`;
  if (!isIPv6(address)) return null;
  const [head] = address.split('::');
  const groups = address.includes('::') ? head.split(':').filter(Boolean) : address.split(':');
  return `${[...groups, '0', '0', '0'].slice(0, 3).map((g) => g.toLowerCase().replace(/^0+(?=.)/, '')).join(':')}::`;
}
