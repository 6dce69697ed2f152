import { sqlRead, type SqlReader } from '@manager/api-core';

interface NamedOrganization {
  id: string;
  name: string;
}

/**
 * The current names of `organizationIds`, in the order organizations are listed by name (the
 * database's `lower(name)`, then id): a caller that ranks its own rows by name takes this order
 * rather than sorting again with another collation. Unknown ids are left out.
 */
export function organizationNamesByName(db: SqlReader, organizationIds: readonly string[]): Promise<NamedOrganization[]> {
  return sqlRead(
    db,
    {
      name: 'organizations.names-by-name',
      text: `SELECT o.id, o.name FROM organization o WHERE o.id = ANY($1::uuid[]) ORDER BY lower(o.name), o.id`,
      values: [[...new Set(organizationIds)]],
    },
    (row: NamedOrganization) => ({ id: row.id, name: row.name }),
  );
}
