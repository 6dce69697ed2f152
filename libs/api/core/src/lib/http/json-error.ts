import type { Response } from 'express';

/**
 * A refusal outside GraphQL execution (a body the parser refused, a file route): `{code, message,
 * field?}` as the file routes document it, plus the same in the shape a GraphQL client already
 * reads (`errors[0].extensions.code`), so either kind of client finds it.
 * `sendJsonError(res, 404, 'NOT_FOUND', 'Invoice not found.')`;
 * `sendJsonError(res, 400, 'BAD_USER_INPUT', 'Choose a format: CSV, CSV_EXCEL.', 'format')`.
 */
export function sendJsonError(res: Response, status: number, code: string, message: string, field?: string): void {
  const extensions = field === undefined ? { code } : { code, field };
  res
    .status(status)
    .type('application/json')
    .send(JSON.stringify({ code, message, ...(field === undefined ? {} : { field }), errors: [{ message, extensions }] }));
}
