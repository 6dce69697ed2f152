import type { OutgoingEmail } from '@manager/api-core';
import type { Language } from '@manager/domain';
import { identityEmails as m } from '../emails/identity-emails.catalog';
import { BUTTON_STYLE, emailPage, escapeHtml, htmlValues, utcMinute } from '../emails/email-page';

/** NEW_DEVICE_SIGN_IN: a sign-in from a device the account had not used; where to end it. In the account's language. */
export function newDeviceEmail(facts: { to: string; name: string; device: string; at: Date; sessionsUrl: string; language: Language }): OutgoingEmail {
  const l = facts.language;
  const values = { name: facts.name, account: facts.to, device: facts.device, at: utcMinute(l, facts.at) };
  const html = htmlValues(values, ['account', 'device']);
  const text = [
    m.t(l, 'hello', values),
    ``,
    m.t(l, 'newDeviceSignedIn', values),
    ``,
    m.t(l, 'ifYou'),
    m.t(l, 'newDeviceIfNot'),
    facts.sessionsUrl,
  ].join('\n');
  const body = [
    `<p>${m.t(l, 'hello', html)}</p>`,
    `<p>${m.t(l, 'newDeviceSignedIn', html)}</p>`,
    `<p>${m.t(l, 'ifYou')}</p>`,
    `<p>${m.t(l, 'newDeviceIfNot')}</p>`,
    `<p><a href="${escapeHtml(facts.sessionsUrl)}" style="${BUTTON_STYLE}">${m.t(l, 'newDeviceButton')}</a></p>`,
  ].join('\n');
  return { kind: 'NEW_DEVICE_SIGN_IN', to: facts.to, subject: m.t(l, 'newDeviceSubject'), text, html: emailPage(l, body) };
}
