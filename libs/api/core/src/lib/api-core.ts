export function apiCore(): string {
  return 'api-core';
}
