export function apiIdentity(): string {
  return 'api-identity';
}
