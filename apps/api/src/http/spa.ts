import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type Request, type Response, type Router } from 'express';

/**
 * The built SPA: hashed assets (Angular names them `main-2E4RZQ5X.js`) cached for a year, index.html never cached, and every other GET
 * that accepts HTML answered with index.html so that client routes (/org/…) survive a reload.
 */
export function spaRouter(webRoot: string): Router {
  const router = express.Router();
  const index = join(webRoot, 'index.html');
  router.use(
    express.static(webRoot, {
      index: false,
      setHeaders(res, path) {
        res.setHeader('Cache-Control', /-[0-9A-Z]{8}\.(js|css|woff2?)$/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    }),
  );
  router.get(/.*/, (req: Request, res: Response, next) => {
    if (!req.accepts('html')) return next();
    if (!existsSync(index)) {
      res.status(503).type('text').send(`The SPA is not built: nothing at ${index}. Run "npx nx build web".`);
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return router;
}
