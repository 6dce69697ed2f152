import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';

/**
 * Runs Express middlewares in order, as Express's router would for one path: `next()` goes on,
 * `next(error)` (or a thrown error, or a rejected promise, as Express 5 treats them) goes to the
 * error handlers, each of which may answer or pass the error on; what none answers ends in `done`.
 * No path matching: the caller has chosen the request already.
 */
export function runMiddlewares(
  req: Request,
  res: Response,
  handlers: readonly RequestHandler[],
  errorHandlers: readonly ErrorRequestHandler[],
  done: (error?: unknown) => void,
): void {
  let index = 0;
  let errorIndex = 0;
  const fail = (error: unknown): void => {
    const handler = errorHandlers[errorIndex++];
    if (!handler) return done(error);
    settle(() => handler(error, req, res, (next?: unknown) => fail(next ?? error)), fail);
  };
  const next = (error?: unknown): void => {
    if (error !== undefined && error !== null) return fail(error);
    const handler = handlers[index++];
    if (!handler) return done();
    settle(() => handler(req, res, next), fail);
  };
  next();
}

function settle(run: () => unknown, fail: (error: unknown) => void): void {
  try {
    const result = run() as { then?: unknown } | undefined;
    if (result && typeof result.then === 'function') (result as Promise<unknown>).then(undefined, fail);
  } catch (error) {
    fail(error);
  }
}
