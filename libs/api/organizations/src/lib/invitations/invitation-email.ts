import type { OutgoingEmail } from '@manager/api-core';
import { type Language, type MembershipRole, regionalLocale } from '@manager/domain';
import { invitationEmailMessages as m } from './invitation-email.catalog';

export interface InvitationEmailFacts {
  to: string;
  organizationName: string;
  role: MembershipRole;
  inviterName: string | null;
  link: string;
  expiresAt: Date;
  /** The invitee's language: their account's choice, else the inviter's. */
  language: Language;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

const strong = (text: string) => `<strong>${escapeHtml(text)}</strong>`;

/** The MEMBER_INVITATION email: plain text first, a light HTML part with inline styles only. */
export function invitationEmail(facts: InvitationEmailFacts): OutgoingEmail {
  const l = facts.language;
  const inviter = facts.inviterName ?? m.t(l, 'someone');
  const until = new Intl.DateTimeFormat(regionalLocale(l), { dateStyle: 'long', timeZone: 'UTC' }).format(facts.expiresAt);
  const values = { inviter, organization: facts.organizationName, role: facts.role, until };
  const html = { ...values, inviter: strong(inviter), organization: strong(facts.organizationName) };
  const text = [m.t(l, 'hello'), ``, m.t(l, 'invited', values), ``, m.t(l, 'openLink', values), facts.link, ``, m.t(l, 'ignoreText')].join('\n');
  const body = `<!doctype html>
<html lang="${l}"><body style="font-family: system-ui, sans-serif; line-height: 1.5; color: #1b1b1f; max-width: 560px">
<p>${m.t(l, 'hello')}</p>
<p>${m.t(l, 'invited', html)}</p>
<p><a href="${escapeHtml(facts.link)}" style="display: inline-block; padding: 10px 16px; border-radius: 20px; background: #3f51b5; color: #ffffff; text-decoration: none">${m.t(l, 'button')}</a></p>
<p style="font-size: 13px; color: #44464f">${m.t(l, 'small', values)}<br>${escapeHtml(facts.link)}</p>
<p style="font-size: 13px; color: #44464f">${m.t(l, 'ignoreHtml')}</p>
</body></html>`;
  return { kind: 'MEMBER_INVITATION', to: facts.to, subject: m.t(l, 'subject', values), text, html: body };
}
