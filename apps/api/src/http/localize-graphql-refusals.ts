import type { RequestHandler, Response } from 'express';
import { localizeErrorMessage, responseLanguage } from '@manager/api-core';

/**
 * Apollo answers some refusals before any plugin can see them: CSRF prevention (before the
 * request context even exists, so Accept-Language decides), a POST body that is no GraphQL
 * request, a method other than GET and POST (runHttpQuery.js). They reach the client only
 * through the `res.send` of Apollo's Express integration, so this is where they are translated:
 * a 4xx or 5xx answer whose language nobody has set yet (the errors plugin and `sendJsonError`
 * set Content-Language when they translate) gets each `errors[].message` in the caller's
 * language, everything else of the body (extensions.code, locations, path) byte for byte as
 * Apollo wrote it.
 */
export const localizeGraphqlRefusals: RequestHandler = (_req, res, next) => {
  const send = res.send.bind(res);
  res.send = (body?: unknown) => send(typeof body === 'string' ? localizedRefusal(res, body) : body);
  next();
};

/** `body` as the caller should read it: translated when it is a refusal nobody translated yet (see above). */
export function localizedRefusal(res: Response, body: string): string {
  if (res.statusCode < 400 || res.getHeader('content-language')) return body;
  const language = responseLanguage(res);
  const localized = language === 'en' ? null : localizedErrors(body, language);
  if (localized === null) return body;
  res.setHeader('content-language', language);
  return localized;
}

/** The body with its errors' messages translated; null when it is no GraphQL error answer. */
function localizedErrors(body: string, language: Parameters<typeof localizeErrorMessage>[1]): string | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return null;
  }
  const errors = (parsed as { errors?: unknown } | null)?.errors;
  if (!Array.isArray(errors)) return null;
  const translated = {
    ...(parsed as object),
    errors: errors.map((error: { message?: unknown }) =>
      typeof error?.message === 'string' ? { ...error, message: localizeErrorMessage(error.message, language) } : error,
    ),
  };
  // Apollo ends its JSON with a line break (prettyJSONStringify): keep the same framing.
  return JSON.stringify(translated) + (body.endsWith('\n') ? '\n' : '');
}
