import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { pinoHttp, type HttpLogger } from 'pino-http';
import { HTTP_LOG_SERIALIZERS } from '../logger';

/** pino-http's request ids: one sequence for both lanes, so that ids stay unique per process. */
let lastRequestId = 0;
const nextRequestId = (req: IncomingMessage & { id?: unknown }) => req.id ?? (lastRequestId = (lastRequestId + 1) & 0x7fffffff);

export interface RequestLogging {
  /** pino-http, for the Express app. */
  express: HttpLogger;
  /**
   * The same lines for the GraphQL lane, without pino-http's per-request child logger: `req.log`
   * (the logger whose lines carry the request) is made on first read, and nothing at all is done
   * when the logger writes no level.
   */
  lane(req: IncomingMessage, res: ServerResponse): void;
}

/**
 * How requests are logged: one "request completed" line per response (at info, as pino-http
 * writes it: `req`, `res`, `responseTime`), through the redacting serializers, and `req.log` for
 * what is logged while answering. /healthz is not logged (probes would drown the log).
 */
export function requestLogging(log: Logger): RequestLogging {
  const express = pinoHttp({
    logger: log,
    serializers: HTTP_LOG_SERIALIZERS,
    genReqId: nextRequestId,
    autoLogging: { ignore: (req) => req.url === '/healthz' },
  });
  // pino-http's own logger: the base logger with the request and response serializers wrapped as pino-http wraps them.
  const httpLog = express.logger;
  return {
    express,
    lane(req, res) {
      if (!httpLog.isLevelEnabled('fatal')) return;
      const request = req as IncomingMessage & { id?: unknown; log?: Logger };
      request.id = nextRequestId(request);
      let child: Logger | undefined;
      Object.defineProperty(request, 'log', { configurable: true, enumerable: false, get: () => (child ??= httpLog.child({ req })) });
      if (!httpLog.isLevelEnabled('info')) return;
      const startedAt = Date.now();
      const done = (error?: unknown) => {
        res.removeListener('close', done);
        res.removeListener('finish', done);
        res.removeListener('error', done);
        const responseTime = Date.now() - startedAt;
        const line = child ?? httpLog.child({ req });
        const failure = error ?? (res as { err?: unknown }).err;
        if (failure || res.statusCode >= 500) {
          line.info({ res, err: failure ?? new Error(`failed with status code ${res.statusCode}`), responseTime }, 'request errored');
        } else {
          line.info({ res, responseTime }, !req.readableAborted && res.writableEnded ? 'request completed' : 'request aborted');
        }
      };
      res.on('close', done);
      res.on('finish', done);
      res.on('error', done);
    },
  };
}
