import type { EntityManager } from 'typeorm';
import { sqlRead, type SqlReader } from '@manager/api-core';
import { isLanguage, type Language } from '@manager/domain';
import { normalizeEmail } from './auth.service';
import { User } from './user.entity';

/**
 * The users table as the other contexts reach it: they create people and read who they are
 * through these functions, never with SQL of their own on `app_user`. Inside a mutation, pass the
 * transaction's manager so the read sees (and the write joins) that transaction.
 */

/** A person as another context sees them: never the password hash. */
export interface UserSummary {
  id: string;
  email: string;
  displayName: string;
  /** The language they chose (their emails are written in it); null until they choose. */
  language: Language | null;
}

interface UserSummaryRow {
  id: string;
  email: string;
  display_name: string;
  language: string | null;
}

const toSummary = (row: UserSummaryRow): UserSummary => ({
  id: row.id,
  email: row.email,
  displayName: row.display_name,
  language: isLanguage(row.language) ? row.language : null,
});

/**
 * Creates a person in the caller's transaction. The password arrives hashed (`hashPassword`), so a
 * caller can run argon2 before its transaction opens. A second account with the same email fails
 * on the unique index (23505 on the email constraint), which the caller turns into its CONFLICT.
 */
export function createUser(tx: EntityManager, fields: { email: string; displayName: string; passwordHash: string; language?: Language | null }): Promise<User> {
  return tx.save(tx.create(User, { ...fields, email: normalizeEmail(fields.email) }));
}

/** The person with this email (compared as stored: trimmed, lower-case), or null. One statement. */
export async function findUserByEmail(db: SqlReader, email: string): Promise<UserSummary | null> {
  const [user] = await sqlRead(
    db,
    { name: 'identity.user-by-email', text: `SELECT id, email, display_name, language FROM app_user WHERE email = $1`, values: [normalizeEmail(email)] },
    toSummary,
  );
  return user ?? null;
}

/**
 * The people with these ids, by display name (the database's collation, then the id), for emails,
 * audit events and lists that name them. Unknown ids are left out. One statement.
 */
export function userSummaries(db: SqlReader, userIds: readonly string[]): Promise<UserSummary[]> {
  if (!userIds.length) return Promise.resolve([]);
  return sqlRead(
    db,
    {
      name: 'identity.user-summaries',
      text: `SELECT id, email, display_name, language FROM app_user WHERE id = ANY($1::uuid[]) ORDER BY display_name, id`,
      values: [[...new Set(userIds)]],
    },
    toSummary,
  );
}

/** People's display names as they are now, by user id (what an order copies as its "placed by"). */
export async function userDisplayNames(db: SqlReader, userIds: readonly string[]): Promise<Map<string, string>> {
  return new Map((await userSummaries(db, userIds)).map((user) => [user.id, user.displayName]));
}

/** A person's name for an audit event; a user id that no longer exists is 'a former user'. */
export async function displayNameOf(db: SqlReader, userId: string): Promise<string> {
  const [user] = await userSummaries(db, [userId]);
  return user?.displayName ?? 'a former user';
}
