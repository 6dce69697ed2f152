import { isLanguage, type Language, regionalLocale } from '@manager/domain';

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

export const BODY_STYLE = 'font-family: system-ui, sans-serif; line-height: 1.5; color: #1b1b1f; max-width: 560px';
export const BUTTON_STYLE =
  'display: inline-block; padding: 10px 16px; border-radius: 20px; background: #3f51b5; color: #ffffff; text-decoration: none';
export const SMALL_STYLE = 'font-size: 13px; color: #44464f';

/** The HTML part around `body`, with the language set so that screen readers read it right. */
export function emailPage(language: Language, body: string): string {
  return `<!doctype html>\n<html lang="${language}"><body style="${BODY_STYLE}">\n${body}\n</body></html>`;
}

/** A moment as the reader's language writes it, in UTC (the same for every reader, whatever their time zone). */
export function utcMinute(language: Language, date: Date): string {
  const text = new Intl.DateTimeFormat(regionalLocale(language), { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(date);
  return `${text} UTC`;
}

/** Every string value escaped for HTML, and each of `strong` in bold. */
export function htmlValues<V extends Record<string, string | number>>(values: V, strong: readonly (keyof V)[] = []): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(values).map(([key, value]) => {
      if (typeof value !== 'string') return [key, value];
      return [key, strong.includes(key) ? `<strong>${escapeHtml(value)}</strong>` : escapeHtml(value)];
    }),
  );
}

/**
 * The language an email to a person is written in: the one they chose, else `fallback` (for a
 * person without an account, the language of whoever caused the email), else English. Never the
 * language of whoever happens to cause the email to a person who has an account but no choice.
 */
export function recipientLanguage(saved: string | null | undefined, fallback: Language = 'en'): Language {
  return isLanguage(saved) ? saved : fallback;
}
