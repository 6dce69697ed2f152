/** Address checks without Node's `net`, so the SPA can share the domain library. */
export function isIPv4(value: string): boolean {
  const parts = value.split('.');
  return parts.length === 4 && parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255);
}

export function isIPv6(value: string): boolean {
  if (!/^[0-9a-f:]+$/i.test(value) || value.split('::').length > 2) return false;
  const groups = value.split(':').filter((g, i, all) => g !== '' || (i > 0 && i < all.length - 1) || all.length <= 3);
  return groups.every((g) => g.length <= 4) && value.split(':').length <= 8;
}
