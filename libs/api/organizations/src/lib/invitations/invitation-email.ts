import type { OutgoingEmail } from '@manager/api-core';
import { MEMBERSHIP_ROLE_LABELS, type MembershipRole } from '@manager/domain';

export interface InvitationEmailFacts {
  to: string;
  organizationName: string;
  role: MembershipRole;
  inviterName: string | null;
  link: string;
  expiresAt: Date;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

/** The MEMBER_INVITATION email: plain text first, a light HTML part with inline styles only. */
export function invitationEmail(facts: InvitationEmailFacts): OutgoingEmail {
  const role = MEMBERSHIP_ROLE_LABELS[facts.role];
  const inviter = facts.inviterName ?? 'Someone';
  const until = facts.expiresAt.toISOString().slice(0, 10);
  const subject = `${inviter} invited you to join ${facts.organizationName}`;
  const text = [
    `Hello,`,
    ``,
    `${inviter} invited you to join ${facts.organizationName} on the Manager as ${role}.`,
    ``,
    `Accept the invitation by opening this link (it works once, until ${until}):`,
    facts.link,
    ``,
    `If you did not expect this invitation, ignore this email: nothing happens until the link is opened.`,
  ].join('\n');
  const html = `<!doctype html>
<html><body style="font-family: system-ui, sans-serif; line-height: 1.5; color: #1b1b1f; max-width: 560px">
<p>Hello,</p>
<p><strong>${escapeHtml(inviter)}</strong> invited you to join <strong>${escapeHtml(facts.organizationName)}</strong> on the Manager as <strong>${escapeHtml(role)}</strong>.</p>
<p><a href="${escapeHtml(facts.link)}" style="display: inline-block; padding: 10px 16px; border-radius: 20px; background: #3f51b5; color: #ffffff; text-decoration: none">Accept the invitation</a></p>
<p style="font-size: 13px; color: #44464f">The link works once, until ${until}. If the button does not work, copy this address into your browser:<br>${escapeHtml(facts.link)}</p>
<p style="font-size: 13px; color: #44464f">If you did not expect this invitation, ignore this email.</p>
</body></html>`;
  return { kind: 'MEMBER_INVITATION', to: facts.to, subject, text, html };
}
