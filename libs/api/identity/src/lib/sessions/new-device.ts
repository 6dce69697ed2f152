import type { EntityManager } from 'typeorm';
import { enqueueEmail } from '@manager/api-core';
import type { SessionDevice } from '../session.service';
import { newDeviceEmail } from './new-device-email';
import { recipientLanguage } from '../emails/email-page';
import { deviceFamily, deviceLabel } from './device-label';

/**
 * Emails the person when they sign in from a device (browser, system, kind of device) that none
 * of their sessions of the last 90 days came from: someone with their password would be told.
 * A first sign-in ever is no news. Written in the person's language.
 */
export async function noticeNewDevice(
  tx: EntityManager,
  user: { id: string; email: string; displayName: string; language: string | null },
  device: SessionDevice,
  links: { sessionsUrl: string },
): Promise<void> {
  const previous: { user_agent: string | null }[] = await tx.query(
    `SELECT DISTINCT user_agent FROM session WHERE user_id = $1 AND created_at > now() - interval '90 days'`,
    [user.id],
  );
  if (!previous.length) return;
  const family = deviceFamily(device.userAgent);
  if (previous.some((row) => deviceFamily(row.user_agent) === family)) return;
  await enqueueEmail(
    tx,
    newDeviceEmail({ to: user.email, name: user.displayName, device: deviceLabel(device.userAgent), at: new Date(), sessionsUrl: links.sessionsUrl, language: recipientLanguage(user.language) }),
  );
}
