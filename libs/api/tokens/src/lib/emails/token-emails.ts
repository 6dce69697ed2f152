import type { EntityManager } from 'typeorm';
import { enqueueEmail, type OutgoingEmail } from '@manager/api-core';
import { isLanguage, type Language, regionalLocale, ROLES_READING_PARTNERSHIPS } from '@manager/domain';
import { tokenEmailMessages as m } from './token-emails.catalog';

/**
 * The emails about API tokens: to the owner's legal responsible and administrators (who manage
 * organization tokens, and should know when a personal one appears) and to the person concerned,
 * each in their own language. Written to the outbox in the transaction of what causes them, never
 * with any secret in them. Reads `membership` and `app_user` for the recipients: a declared read
 * model (one statement, which reads each recipient's language with their email).
 */

const MANAGERS_SQL = `(${ROLES_READING_PARTNERSHIPS.map((role) => `'${role}'`).join(', ')})`;

/** Someone a token email goes to, in the language they chose (English if none). */
export interface TokenRecipient {
  email: string;
  language: Language;
}

/** The owner's legal responsible and administrators, plus `alsoUserId` (the creator, or the owner of a personal token). */
export async function tokenRecipients(tx: EntityManager, ownerOrganizationId: string, alsoUserId: string | null): Promise<{ ownerName: string; people: TokenRecipient[] }> {
  const rows: { email: string | null; language: string | null; owner_name: string }[] = await tx.query(
    `SELECT u.email, u.language, o.name AS owner_name
     FROM organization o
     LEFT JOIN membership m ON m.organization_id = o.id AND (m.role IN ${MANAGERS_SQL} OR m.user_id = $2)
     LEFT JOIN app_user u ON u.id = m.user_id
     WHERE o.id = $1`,
    [ownerOrganizationId, alsoUserId],
  );
  const people = new Map<string, TokenRecipient>();
  for (const row of rows) {
    const email = row.email?.toLowerCase();
    if (email && !people.has(email)) people.set(email, { email, language: isLanguage(row.language) ? row.language : 'en' });
  }
  return { ownerName: rows[0]?.owner_name ?? '', people: [...people.values()].sort((a, b) => (a.email < b.email ? -1 : 1)) };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

type TokenMessage = Exclude<(typeof m.keys)[number], 'hello' | 'openTokens'>;

/** One token email, as messages of the catalog: every recipient reads it in their language. */
export interface TokenEmail {
  kind: string;
  subject: TokenMessage;
  paragraphs: TokenMessage[];
  /** Names, counts and codes the messages insert. */
  values: Record<string, string | number>;
  /** Dates the messages insert, formatted for each reader. */
  dates?: Record<string, Date>;
  /** The API tokens page (`tokensPageLink`). */
  link: string;
}

function render(to: TokenRecipient, email: TokenEmail): OutgoingEmail {
  const l = to.language;
  const values = { ...email.values, ...Object.fromEntries(Object.entries(email.dates ?? {}).map(([key, date]) => [key, day(l, date)])) };
  const paragraphs = email.paragraphs.map((key) => m.t(l, key, values));
  const label = m.t(l, 'openTokens');
  const text = [m.t(l, 'hello'), '', ...paragraphs.flatMap((p) => [p, '']), `${label}:`, email.link].join('\n');
  const html = `<!doctype html>
<html lang="${l}"><body style="font-family: system-ui, sans-serif; line-height: 1.5; color: #1b1b1f; max-width: 560px">
<p>${escapeHtml(m.t(l, 'hello'))}</p>
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
<p><a href="${escapeHtml(email.link)}">${escapeHtml(label)}</a></p>
</body></html>`;
  return { kind: email.kind, to: to.email, subject: m.t(l, email.subject, values), text, html };
}

/** Queues `email` to every recipient, each in their language, in the caller's transaction. */
export async function sendTokenEmail(tx: EntityManager, recipients: readonly TokenRecipient[], email: TokenEmail): Promise<void> {
  for (const to of recipients) await enqueueEmail(tx, render(to, email));
}

/** Where the owner's people manage the organization's tokens: the SPA page /org/:id/api-tokens (agreed in tokens-contract.graphql). */
export function tokensPageLink(publicUrl: string, organizationId: string): string {
  return `${publicUrl}/org/${organizationId}/api-tokens`;
}

/** A day as the reader's language writes it (UTC: the same for every reader). */
export function day(language: Language, date: Date): string {
  return new Intl.DateTimeFormat(regionalLocale(language), { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
