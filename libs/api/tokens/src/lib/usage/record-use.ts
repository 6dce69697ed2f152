import type { DataSource } from 'typeorm';
import type { AuthenticatedToken } from '../auth/authenticate-token';
import { truncatedIp } from './truncated-ip';

/**
 * Records that a token was used this minute, from `ip`, on the organizations the policy let it
 * reach (its clients; the owner itself is its own business). Coalesced: the token row is written
 * at most once a minute (only when its `last_used_at` is older than this minute), each
 * (token, organization, day) row likewise, and a request whose minute and clients are all
 * recorded already (the authentication read them) costs no statement at all. One otherwise.
 */
export async function recordApiTokenUse(
  dataSource: DataSource,
  token: AuthenticatedToken,
  reachedOrganizationIds: Iterable<string>,
  ip: string,
): Promise<void> {
  const owner = token.actor.token.ownerOrganizationId;
  const recorded = new Set(token.recordedThisMinute);
  const clients = [...reachedOrganizationIds].filter((id) => id !== owner && !recorded.has(id));
  const minute = token.minute;
  const tokenRecorded = token.lastUsedAt !== null && token.lastUsedAt.getTime() >= minute.getTime();
  if (tokenRecorded && !clients.length) return;
  await dataSource.query(
    `WITH token AS (
       UPDATE api_token SET last_used_at = $2, last_used_ip = $3, unused_warned_at = NULL
       WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < $2)
       RETURNING id
     )
     INSERT INTO api_token_usage AS u (token_id, organization_id, day, first_used_at, last_used_at, active_minutes)
     SELECT $1, o, ($2::timestamptz AT TIME ZONE 'UTC')::date, $2, $2, 1 FROM unnest($4::uuid[]) AS o
     ON CONFLICT (token_id, organization_id, day) DO UPDATE
       SET last_used_at = EXCLUDED.last_used_at, active_minutes = u.active_minutes + 1
       WHERE u.last_used_at < EXCLUDED.last_used_at`,
    [token.actor.token.id, minute, truncatedIp(ip), clients],
  );
}
