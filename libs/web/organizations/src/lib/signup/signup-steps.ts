/**
 * Which sign-up step holds the field an API error names, so the form can go back to it:
 * `organization.*` is step 2 (index 1), the person and the terms are step 3 (index 2).
 *
 * @example
 * stepOfField('organization.vatNumber'); // 1
 */
export function stepOfField(field: string): number {
  if (field === 'organization.entityType') return 0;
  return field.startsWith('organization') ? 1 : 2;
}
