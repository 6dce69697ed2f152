export function apiOrganizations(): string {
  return 'api-organizations';
}
