import { sqlRead, type SqlReader } from '@manager/api-core';

/**
 * People's display names as they are now, by user id, in ONE statement (unknown ids are left
 * out). Other contexts copy a name into what they record (an order's "placed by") through this.
 */
export async function userDisplayNames(db: SqlReader, userIds: readonly string[]): Promise<Map<string, string>> {
  const rows = await sqlRead(
    db,
    { name: 'identity.display-names', text: `SELECT u.id, u.display_name FROM app_user u WHERE u.id = ANY($1::uuid[])`, values: [[...new Set(userIds)]] },
    (row: { id: string; display_name: string }) => [row.id, row.display_name] as const,
  );
  return new Map(rows);
}
