import type { Response } from 'express';
import { isLanguage, type Language, negotiateLanguage } from '@manager/domain';
import { localizeErrorMessage } from '../i18n/error-messages';

/**
 * A refusal outside GraphQL execution (a body the parser refused, a file route): `{code, message,
 * field?}` as the file routes document it, plus the same in the shape a GraphQL client already
 * reads (`errors[0].extensions.code`), so either kind of client finds it.
 * `sendJsonError(res, 404, 'NOT_FOUND', 'Invoice not found.')`;
 * `sendJsonError(res, 400, 'BAD_USER_INPUT', 'Choose a format: CSV, CSV_EXCEL.', 'format')`.
 * The English message is sent in the caller's language (see `localizeErrorMessage`).
 */
export function sendJsonError(res: Response, status: number, code: string, english: string, field?: string): void {
  const language = responseLanguage(res);
  const message = localizeErrorMessage(english, language);
  const extensions = field === undefined ? { code } : { code, field };
  res
    .status(status)
    .type('application/json')
    // Says the message is written for this language, and that nothing further translates it.
    .set('content-language', language)
    .send(JSON.stringify({ code, message, ...(field === undefined ? {} : { field }), errors: [{ message, extensions }] }));
}

/**
 * The caller's language: the request context's (set on `res.locals.language` when it is built:
 * the saved preference first), else, for a refusal before any context (a body that does not
 * parse, an unknown route), `Accept-Language`.
 */
export function responseLanguage(res: Response): Language {
  const chosen: unknown = res.locals?.['language'];
  if (isLanguage(chosen)) return chosen;
  return negotiateLanguage(null, res.req?.get?.('accept-language'));
}
