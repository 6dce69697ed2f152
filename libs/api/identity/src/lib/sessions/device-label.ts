import Bowser from 'bowser';

/** "Chrome on macOS", "Firefox on Android"; "an unknown device" for what bowser cannot read. */
export function deviceLabel(userAgent: string | null | undefined): string {
  if (!userAgent) return 'an unknown device';
  const parsed = Bowser.getParser(userAgent).getResult();
  const browser = parsed.browser.name;
  const os = parsed.os.name;
  if (browser && os) return `${browser} on ${os}`;
  return browser || os || 'an unknown device';
}

/** Browser and operating system names, what "the same device" means for the new-device email. */
export function deviceFamily(userAgent: string | null | undefined): string {
  if (!userAgent) return '';
  const parsed = Bowser.getParser(userAgent).getResult();
  return `${parsed.browser.name ?? ''}|${parsed.os.name ?? ''}|${parsed.platform.type ?? ''}`;
}
