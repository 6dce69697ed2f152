import type { OutgoingEmail } from '@manager/api-core';
import type { Language } from '@manager/domain';
import { identityEmails as m } from '../emails/identity-emails.catalog';
import { BUTTON_STYLE, emailPage, escapeHtml, htmlValues, SMALL_STYLE, utcMinute } from '../emails/email-page';

/**
 * The PASSWORD_RESET email, in the account's language. `link` carries the token in its fragment
 * (never sent to a server, never in a Referer); the email is the only place it is written down.
 */
export function passwordResetEmail(facts: { to: string; name: string; link: string; validMinutes: number; language: Language }): OutgoingEmail {
  const l = facts.language;
  const values = { name: facts.name, account: facts.to, minutes: facts.validMinutes };
  const html = htmlValues(values, ['account']);
  const text = [
    m.t(l, 'hello', values),
    ``,
    m.t(l, 'resetAsked', values),
    ``,
    m.t(l, 'resetOpen', values),
    facts.link,
    ``,
    m.t(l, 'resetIgnore'),
  ].join('\n');
  const body = [
    `<p>${m.t(l, 'hello', html)}</p>`,
    `<p>${m.t(l, 'resetAsked', html)}</p>`,
    `<p><a href="${escapeHtml(facts.link)}" style="${BUTTON_STYLE}">${m.t(l, 'resetButton')}</a></p>`,
    `<p style="${SMALL_STYLE}">${m.t(l, 'resetSmall', html)}<br>${escapeHtml(facts.link)}</p>`,
    `<p style="${SMALL_STYLE}">${m.t(l, 'resetIgnore')}</p>`,
  ].join('\n');
  return { kind: 'PASSWORD_RESET', to: facts.to, subject: m.t(l, 'resetSubject'), text, html: emailPage(l, body) };
}

/**
 * The PASSWORD_CHANGED notice, after a reset or a change, in the account's language: the owner
 * learns of it even when it was not them, and where to take the account back.
 */
export function passwordChangedEmail(facts: {
  to: string;
  name: string;
  at: Date;
  how: 'RESET' | 'CHANGE';
  forgotPasswordLink: string;
  language: Language;
}): OutgoingEmail {
  const l = facts.language;
  const values = { name: facts.name, account: facts.to, at: utcMinute(l, facts.at), how: facts.how };
  const html = htmlValues(values, ['account']);
  const text = [
    m.t(l, 'hello', values),
    ``,
    m.t(l, 'changedText', values),
    ``,
    m.t(l, 'ifYou'),
    m.t(l, 'changedIfNot'),
    facts.forgotPasswordLink,
  ].join('\n');
  const body = [
    `<p>${m.t(l, 'hello', html)}</p>`,
    `<p>${m.t(l, 'changedText', html)}</p>`,
    `<p>${m.t(l, 'ifYou')}</p>`,
    `<p>${m.t(l, 'changedIfNot')}</p>`,
    `<p><a href="${escapeHtml(facts.forgotPasswordLink)}" style="${BUTTON_STYLE}">${m.t(l, 'changedButton')}</a></p>`,
  ].join('\n');
  return { kind: 'PASSWORD_CHANGED', to: facts.to, subject: m.t(l, 'changedSubject'), text, html: emailPage(l, body) };
}
