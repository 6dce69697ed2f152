import type { OutgoingEmail } from '@manager/api-core';

export interface EmailLink {
  label: string;
  url: string;
}

export interface PartnershipEmailFacts {
  kind: string;
  to: string;
  subject: string;
  /** Plain sentences, one paragraph each. */
  paragraphs: string[];
  /** Bulleted facts (scope, billing, end date). */
  details?: string[];
  links: EmailLink[];
  footnote?: string;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

/** Every partnership email: plain text first, a light HTML part with inline styles only. */
export function partnershipEmail(facts: PartnershipEmailFacts): OutgoingEmail {
  const details = facts.details ?? [];
  const text = [
    'Hello,',
    '',
    ...facts.paragraphs.flatMap((p) => [p, '']),
    ...(details.length ? [...details.map((d) => `- ${d}`), ''] : []),
    ...facts.links.flatMap((link) => [`${link.label}:`, link.url, '']),
    ...(facts.footnote ? [facts.footnote] : []),
  ]
    .join('\n')
    .trimEnd();
  const button = (link: EmailLink, primary: boolean) =>
    `<a href="${escapeHtml(link.url)}" style="display: inline-block; margin: 0 8px 8px 0; padding: 10px 16px; border-radius: 20px; text-decoration: none; ${
      primary ? 'background: #3f51b5; color: #ffffff' : 'border: 1px solid #3f51b5; color: #3f51b5'
    }">${escapeHtml(link.label)}</a>`;
  const html = `<!doctype html>
<html><body style="font-family: system-ui, sans-serif; line-height: 1.5; color: #1b1b1f; max-width: 560px">
<p>Hello,</p>
${facts.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
${details.length ? `<ul>${details.map((d) => `<li>${escapeHtml(d)}</li>`).join('')}</ul>` : ''}
<p>${facts.links.map((link, i) => button(link, i === 0)).join('')}</p>
<p style="font-size: 13px; color: #44464f">If a button does not work, copy the address into your browser:<br>${facts.links
    .map((link) => escapeHtml(link.url))
    .join('<br>')}</p>
${facts.footnote ? `<p style="font-size: 13px; color: #44464f">${escapeHtml(facts.footnote)}</p>` : ''}
</body></html>`;
  return { kind: facts.kind, to: facts.to, subject: facts.subject, text, html };
}

/** YYYY-MM-DD in UTC: what emails print for dates. */
export function day(date: Date): string {
  return date.toISOString().slice(0, 10);
}
