import { sqlRead, type SqlReader } from '@manager/api-core';

/** What other contexts may know of a person: how to name and reach them. */
export interface UserSummary {
  id: string;
  email: string;
  displayName: string;
}

interface UserSummaryRow {
  id: string;
  email: string;
  display_name: string;
}

const toSummary = (row: UserSummaryRow): UserSummary => ({ id: row.id, email: row.email, displayName: row.display_name });

/**
 * The people with these ids, by display name (the database's collation, then the id), for emails,
 * audit events and lists that name them. Unknown ids are left out. Pass the transaction when
 * inside one.
 */
export function userSummaries(db: SqlReader, userIds: readonly string[]): Promise<UserSummary[]> {
  if (!userIds.length) return Promise.resolve([]);
  return sqlRead(
    db,
    {
      name: 'identity.user-summaries',
      text: 'SELECT id, email, display_name FROM app_user WHERE id = ANY($1::uuid[]) ORDER BY display_name, id',
      values: [[...new Set(userIds)]],
    },
    toSummary,
  );
}

/** The person signed up with this email (already normalized: see `normalizeEmail`), or null. */
export async function userByEmail(db: SqlReader, normalizedEmail: string): Promise<UserSummary | null> {
  const [user] = await sqlRead(
    db,
    { name: 'identity.user-by-email', text: 'SELECT id, email, display_name FROM app_user WHERE email = $1', values: [normalizedEmail] },
    toSummary,
  );
  return user ?? null;
}
