import { isIPv4, isIPv6 } from './ip';

/**
 * The approximate place of a sign-in, from nothing but the address truncated to its network
 * (/24 for IPv4, /48 for IPv6): "network 192.168.1.0/24". No geolocation database: the
 * truncated address is all that is stored.
 */
export function truncatedNetwork(ip: string): string | null {
  const address = ip.startsWith('::ffff:') && isIPv4(ip.slice(7)) ? ip.slice(7) : ip;
  if (isIPv4(address)) return `${address.split('.').slice(0, 3).join('.')}.0/24`;
  if (isIPv6(address)) {
    const [head, tail = ''] = address.split('::');
    const left = head ? head.split(':') : [];
    const right = tail ? tail.split(':') : [];
    const groups = address.includes('::') ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right] : left;
    return `${groups.slice(0, 3).map((g) => g.replace(/^0+(?=.)/, '').toLowerCase()).join(':')}::/48`;
  }
  return null;
}
