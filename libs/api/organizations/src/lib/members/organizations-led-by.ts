import { sqlRead, type SqlReader } from '@manager/api-core';

/** The organizations whose legal responsible this person is, by id. */
export function organizationsLedBy(db: SqlReader, userId: string): Promise<string[]> {
  return sqlRead(
    db,
    {
      name: 'organizations.led-by',
      text: `SELECT organization_id FROM membership WHERE user_id = $1 AND role = 'LEGAL_RESPONSIBLE' ORDER BY organization_id`,
      values: [userId],
    },
    (row: { organization_id: string }) => row.organization_id,
  );
}
