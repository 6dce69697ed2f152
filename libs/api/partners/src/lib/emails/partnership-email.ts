import type { OutgoingEmail } from '@manager/api-core';
import { type Language, regionalLocale } from '@manager/domain';
import { partnershipEmailMessages as m } from './partnership-emails.catalog';

export interface EmailLink {
  label: string;
  url: string;
}

/** Someone an email goes to, with the language it is written in for them. */
export interface Recipient {
  email: string;
  language: Language;
}

export interface PartnershipEmailFacts {
  kind: string;
  to: string;
  language: Language;
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

/** Every partnership email: plain text first, a light HTML part with inline styles only, in `language`. */
export function partnershipEmail(facts: PartnershipEmailFacts): OutgoingEmail {
  const details = facts.details ?? [];
  const hello = m.t(facts.language, 'hello');
  const text = [
    hello,
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
<html lang="${facts.language}"><body style="font-family: system-ui, sans-serif; line-height: 1.5; color: #1b1b1f; max-width: 560px">
<p>${escapeHtml(hello)}</p>
${facts.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
${details.length ? `<ul>${details.map((d) => `<li>${escapeHtml(d)}</li>`).join('')}</ul>` : ''}
<p>${facts.links.map((link, i) => button(link, i === 0)).join('')}</p>
<p style="font-size: 13px; color: #44464f">${escapeHtml(m.t(facts.language, 'copyAddress'))}<br>${facts.links.map((link) => escapeHtml(link.url)).join('<br>')}</p>
${facts.footnote ? `<p style="font-size: 13px; color: #44464f">${escapeHtml(facts.footnote)}</p>` : ''}
</body></html>`;
  return { kind: facts.kind, to: facts.to, subject: facts.subject, text, html };
}

/** A day as the reader's language writes it (UTC: the same for every reader). */
export function day(language: Language, date: Date): string {
  return new Intl.DateTimeFormat(regionalLocale(language), { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
