import { Router } from 'express';
import { cookiePolicy } from '../consent/cookie-consent.service';
import { operatorConfig } from './operator-config';

/**
 * GET /public/operator: who runs this Manager and what it asks, for pages anyone may read (the
 * privacy statement, the cookie dialog, the data protection page) before or after signing in.
 * Everything in it is public by nature (it is printed in the privacy statement).
 */
export function operatorRouter(): Router {
  const router = Router();
  router.get('/operator', (_req, res) => {
    const config = operatorConfig();
    res.set('Cache-Control', 'public, max-age=300');
    res.json({
      operator: config.operator,
      dataProcessingAgreement: config.dataProcessingAgreement,
      subProcessors: config.subProcessors,
      cookies: cookiePolicy(),
    });
  });
  return router;
}
