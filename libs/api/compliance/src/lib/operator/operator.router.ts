import { type Request, type Response, Router } from 'express';
import type { RequestContext } from '@manager/api-core';
import { cookiePolicy } from '../consent/cookie-consent.service';
import { operatorView } from './operator-config';

/**
 * GET /public/operator: who runs this Manager and what it asks, for pages anyone may read (the
 * privacy statement, the cookie dialog, the data protection page) before or after signing in.
 * Everything in it is public by nature (it is printed in the privacy statement). Its texts are in
 * the reader's language (the saved preference, else Accept-Language), else English: the answer
 * varies with both, so it is cached by the browser only.
 */
export function operatorRouter(contextOf: (req: Request, res: Response) => Promise<RequestContext>): Router {
  const router = Router();
  router.get('/operator', async (req, res, next) => {
    try {
      const { language } = await contextOf(req, res);
      const config = operatorView(language);
      res.set('Cache-Control', 'private, max-age=300');
      res.vary('Accept-Language').vary('Cookie');
      res.set('Content-Language', language);
      res.json({
        operator: config.operator,
        dataProcessingAgreement: config.dataProcessingAgreement,
        subProcessors: config.subProcessors,
        cookies: cookiePolicy(language),
      });
    } catch (error) {
      next(error);
    }
  });
  return router;
}
