import type { Response } from 'express';

/**
 * A refusal outside GraphQL execution (a body the parser refused, a file route), in the shape
 * a GraphQL client already reads: `{"errors":[{"message":…,"extensions":{"code":…}}]}`.
 * `sendJsonError(res, 404, 'NOT_FOUND', 'Invoice not found.')`.
 */
export function sendJsonError(res: Response, status: number, code: string, message: string): void {
  res.status(status).type('application/json').send(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}
