import type { OutgoingEmail } from '@manager/api-core';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

const utcMinute = (date: Date) => `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

/** NEW_DEVICE_SIGN_IN: a sign-in from a device the account had not used; where to end it. */
export function newDeviceEmail(facts: { to: string; name: string; device: string; at: Date; sessionsUrl: string }): OutgoingEmail {
  const subject = 'New sign-in to your Manager account';
  const text = [
    `Hello ${facts.name},`,
    ``,
    `Your Manager account ${facts.to} was logged in to from ${facts.device} on ${utcMinute(facts.at)}.`,
    ``,
    `If this was you, there is nothing more to do.`,
    `If it was not, log that device out and change your password:`,
    facts.sessionsUrl,
  ].join('\n');
  const html = `<!doctype html>
<html><body style="font-family: system-ui, sans-serif; line-height: 1.5; color: #1b1b1f; max-width: 560px">
<p>Hello ${escapeHtml(facts.name)},</p>
<p>Your Manager account <strong>${escapeHtml(facts.to)}</strong> was logged in to from <strong>${escapeHtml(facts.device)}</strong> on ${utcMinute(facts.at)}.</p>
<p>If this was you, there is nothing more to do.</p>
<p>If it was not, log that device out and change your password:</p>
<p><a href="${escapeHtml(facts.sessionsUrl)}" style="display: inline-block; padding: 10px 16px; border-radius: 20px; background: #3f51b5; color: #ffffff; text-decoration: none">Review your sessions</a></p>
</body></html>`;
  return { kind: 'NEW_DEVICE_SIGN_IN', to: facts.to, subject, text, html };
}
