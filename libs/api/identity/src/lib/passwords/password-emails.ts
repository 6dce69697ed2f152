import type { OutgoingEmail } from '@manager/api-core';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

const BODY_STYLE = 'font-family: system-ui, sans-serif; line-height: 1.5; color: #1b1b1f; max-width: 560px';
const BUTTON_STYLE =
  'display: inline-block; padding: 10px 16px; border-radius: 20px; background: #3f51b5; color: #ffffff; text-decoration: none';
const SMALL_STYLE = 'font-size: 13px; color: #44464f';

/** `2025-12-01 14:05 UTC`: the same for every reader, whatever their time zone. */
function utcMinute(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/**
 * The PASSWORD_RESET email. `link` carries the token in its fragment (never sent to a server,
 * never in a Referer); the email is the only place it is written down.
 */
export function passwordResetEmail(facts: { to: string; name: string; link: string; validMinutes: number }): OutgoingEmail {
  const subject = 'Set a new password for your Manager account';
  const text = [
    `Hello ${facts.name},`,
    ``,
    `Someone (we hope you) asked to set a new password for the Manager account ${facts.to}.`,
    ``,
    `Open this link to choose it (it works once, for ${facts.validMinutes} minutes):`,
    facts.link,
    ``,
    `If you did not ask for this, ignore this email: your password stays as it is.`,
  ].join('\n');
  const html = `<!doctype html>
<html><body style="${BODY_STYLE}">
<p>Hello ${escapeHtml(facts.name)},</p>
<p>Someone (we hope you) asked to set a new password for the Manager account <strong>${escapeHtml(facts.to)}</strong>.</p>
<p><a href="${escapeHtml(facts.link)}" style="${BUTTON_STYLE}">Choose a new password</a></p>
<p style="${SMALL_STYLE}">The link works once, for ${facts.validMinutes} minutes. If the button does not work, copy this address into your browser:<br>${escapeHtml(facts.link)}</p>
<p style="${SMALL_STYLE}">If you did not ask for this, ignore this email: your password stays as it is.</p>
</body></html>`;
  return { kind: 'PASSWORD_RESET', to: facts.to, subject, text, html };
}

/**
 * The PASSWORD_CHANGED notice, after a reset or a change: the owner learns of it even when it was
 * not them, and where to take the account back.
 */
export function passwordChangedEmail(facts: {
  to: string;
  name: string;
  at: Date;
  how: 'RESET' | 'CHANGE';
  forgotPasswordLink: string;
}): OutgoingEmail {
  const subject = 'Your Manager password was changed';
  const how =
    facts.how === 'RESET'
      ? 'with a reset link sent to this address. Every device that was logged in has been logged out.'
      : 'from the account’s security page. Every other device that was logged in has been logged out.';
  const text = [
    `Hello ${facts.name},`,
    ``,
    `The password of your Manager account ${facts.to} was changed on ${utcMinute(facts.at)}, ${how}`,
    ``,
    `If this was you, there is nothing more to do.`,
    `If it was not, set a new password at once and tell your organization's administrator:`,
    facts.forgotPasswordLink,
  ].join('\n');
  const html = `<!doctype html>
<html><body style="${BODY_STYLE}">
<p>Hello ${escapeHtml(facts.name)},</p>
<p>The password of your Manager account <strong>${escapeHtml(facts.to)}</strong> was changed on ${utcMinute(facts.at)}, ${escapeHtml(how)}</p>
<p>If this was you, there is nothing more to do.</p>
<p>If it was not, set a new password at once and tell your organization’s administrator:</p>
<p><a href="${escapeHtml(facts.forgotPasswordLink)}" style="${BUTTON_STYLE}">Set a new password</a></p>
</body></html>`;
  return { kind: 'PASSWORD_CHANGED', to: facts.to, subject, text, html };
}
