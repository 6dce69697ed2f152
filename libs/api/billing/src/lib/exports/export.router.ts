import express, { type ErrorRequestHandler, type Request, type Response, Router } from 'express';
import { type RequestContext, sendJsonError } from '@manager/api-core';
import { isInputProblem, parseExportRequest } from './export-request';
import { planExport } from './export.service';
import { streamExport } from './export-stream';
import { EXPORT_CONCURRENCY, ExportSlots, type ReleaseSlot } from './export-slots';

export { EXPORT_CONCURRENCY } from './export-slots';
const slots = new ExportSlots(EXPORT_CONCURRENCY.maxRunning);

type LoggedRequest = Request & { log?: { error(o: unknown, m: string): void; info(o: unknown, m: string): void } };

/**
 * POST /exports: a billing history as CSV, streamed (see README "Exports"). Body:
 * `{organizationId, type, format, from, to, clientIds?, locale?}`. The session cookie (with the
 * CSRF rule of GraphQL) or `Authorization: Bearer` with the EXPORTS scope, authenticated by the
 * middleware in front. Every refusal comes before the first byte, as JSON `{code, message,
 * field?}`: 400 BAD_USER_INPUT (with the field), 401 UNAUTHENTICATED, 404 NOT_FOUND (the
 * organization or a client out of reach, worded like a missing row), 429 TOO_MANY_REQUESTS.
 * Once the file has started, a failure can only cut it (the client sees a truncated download).
 */
export function exportRouter(contextOf: (req: Request, res: Response) => Promise<RequestContext>): Router {
  const router = Router();
  router.post('/', express.json({ limit: '100kb' }), async (req, res, next) => {
    // no-transform: the compression middleware leaves the file alone (gzip would cost the CPU the stream needs).
    res.set('Cache-Control', 'private, no-store, no-transform');
    let release: ReleaseSlot | null = null;
    try {
      const ctx = await contextOf(req, res);
      if (!ctx.actor) return sendJsonError(res, 401, 'UNAUTHENTICATED', 'Log in to export billing history.');
      const request = parseExportRequest(req.body, req.get('accept-language'));
      if (isInputProblem(request)) return sendJsonError(res, 400, 'BAD_USER_INPUT', request.message, request.field);
      const plan = await planExport(ctx, request);
      if (!plan.ok) return sendJsonError(res, plan.status, plan.code, plan.message, plan.field);
      release = await slots.acquire(EXPORT_CONCURRENCY.queueWaitMs);
      if (!release) {
        res.set('Retry-After', String(EXPORT_CONCURRENCY.retryAfterSeconds));
        return sendJsonError(res, 429, 'TOO_MANY_REQUESTS', `Too many exports are running. Try again in ${EXPORT_CONCURRENCY.retryAfterSeconds} s.`);
      }
      // The reader may have given up while waiting in line: its slot goes to the next at once.
      if (res.destroyed) return;
      await streamExport(ctx.dataSource, plan.run, res, () => {
        res.status(200);
        res.set('Content-Type', 'text/csv; charset=utf-8');
        res.set('Content-Disposition', `attachment; filename="${plan.fileName}"`);
        res.set('X-Content-Type-Options', 'nosniff');
      });
    } catch (error) {
      if (res.headersSent || res.destroyed) {
        // The reader went away (or the stream broke after its first byte): the query is cancelled, the connection discarded.
        if (!res.destroyed) res.destroy(error as Error);
        if (!isPrematureClose(error)) (req as LoggedRequest).log?.error({ err: error }, 'export failed mid-stream');
      } else next(error);
    } finally {
      release?.();
    }
  });
  router.use(bodyErrors);
  return router;
}

function isPrematureClose(error: unknown): boolean {
  return (error as { code?: string }).code === 'ERR_STREAM_PREMATURE_CLOSE';
}

/** What the JSON parser refused, as a coded 400/413/415. */
const bodyErrors: ErrorRequestHandler = (error, _req, res, next) => {
  const type = (error as { type?: unknown }).type;
  if (type === 'entity.too.large') return sendJsonError(res, 413, 'BAD_REQUEST', 'The request body is too large.');
  if (type === 'charset.unsupported' || type === 'encoding.unsupported') return sendJsonError(res, 415, 'BAD_REQUEST', 'Send the request body as UTF-8 JSON.');
  if (typeof type === 'string') return sendJsonError(res, 400, 'BAD_USER_INPUT', 'The request body is not a JSON object.', 'body');
  next(error);
};

/** For tests: exports running in this process now. */
export function runningExports(): number {
  return slots.inUse;
}
