export function apiCatalog(): string {
  return 'api-catalog';
}
