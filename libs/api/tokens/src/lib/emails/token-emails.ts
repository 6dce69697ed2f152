import type { EntityManager } from 'typeorm';
import { enqueueEmail, type OutgoingEmail } from '@manager/api-core';
import { ROLES_READING_PARTNERSHIPS } from '@manager/domain';

/**
 * The emails about API tokens: to the owner's legal responsible and administrators (who manage
 * organization tokens, and should know when a personal one appears) and to the person concerned.
 * Written to the outbox in the transaction of what causes them, never with any secret in them.
 * Reads `membership` and `app_user` for the recipients: a declared read model (one statement).
 */

const MANAGERS_SQL = `(${ROLES_READING_PARTNERSHIPS.map((role) => `'${role}'`).join(', ')})`;

/** The owner's legal responsible and administrators, plus `alsoUserId` (the creator, or the owner of a personal token). */
export async function tokenRecipients(tx: EntityManager, ownerOrganizationId: string, alsoUserId: string | null): Promise<{ ownerName: string; emails: string[] }> {
  const rows: { email: string | null; owner_name: string }[] = await tx.query(
    `SELECT u.email, o.name AS owner_name
     FROM organization o
     LEFT JOIN membership m ON m.organization_id = o.id AND (m.role IN ${MANAGERS_SQL} OR m.user_id = $2)
     LEFT JOIN app_user u ON u.id = m.user_id
     WHERE o.id = $1`,
    [ownerOrganizationId, alsoUserId],
  );
  const emails = [...new Set(rows.map((row) => row.email?.toLowerCase()).filter((email): email is string => Boolean(email)))].sort();
  return { ownerName: rows[0]?.owner_name ?? '', emails };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

export interface TokenEmail {
  kind: string;
  subject: string;
  paragraphs: string[];
  link: { label: string; url: string };
}

function render(to: string, email: TokenEmail): OutgoingEmail {
  const text = ['Hello,', '', ...email.paragraphs.flatMap((p) => [p, '']), `${email.link.label}:`, email.link.url].join('\n');
  const html = `<!doctype html>
<html><body style="font-family: system-ui, sans-serif; line-height: 1.5; color: #1b1b1f; max-width: 560px">
<p>Hello,</p>
${email.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
<p><a href="${escapeHtml(email.link.url)}">${escapeHtml(email.link.label)}</a></p>
</body></html>`;
  return { kind: email.kind, to, subject: email.subject, text, html };
}

/** Queues `email` to every recipient, in the caller's transaction. */
export async function sendTokenEmail(tx: EntityManager, recipients: readonly string[], email: TokenEmail): Promise<void> {
  for (const to of recipients) await enqueueEmail(tx, render(to, email));
}

/** Where the owner's people manage the organization's tokens: the SPA page /org/:id/api-tokens (agreed in tokens-contract.graphql). */
export function tokensPageLink(publicUrl: string, organizationId: string): { label: string; url: string } {
  return { label: 'Open the API tokens', url: `${publicUrl}/org/${organizationId}/api-tokens` };
}

export function day(date: Date): string {
  return date.toISOString().slice(0, 10);
}
