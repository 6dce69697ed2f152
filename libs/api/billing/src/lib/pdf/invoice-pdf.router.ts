import { type Request, type Response, Router } from 'express';
import type { RequestContext } from '@manager/api-core';
import { invoiceForDownload } from '../read/invoice-read.service';
import { renderInvoicePdf } from './invoice-pdf';
import { INVOICE_SELLER } from './invoice-seller';

/**
 * GET /invoices/<id>.pdf: the invoice as PDF, streamed, for the payer's members with BILLING_READ
 * (the session cookie is read exactly as for GraphQL, by the same context builder). Anyone else,
 * signed in or not, and any malformed or unknown id get the same plain 404: a download never
 * tells that an invoice exists.
 *
 * Mount it under `/invoices` after the cookie parser.
 */
export function invoicePdfRouter(contextOf: (req: Request, res: Response) => Promise<RequestContext>): Router {
  const router = Router();
  router.get('/:file', async (req, res, next) => {
    try {
      const match = /^([0-9a-f-]{36})\.pdf$/i.exec(String(req.params['file']));
      const ctx = match ? await contextOf(req, res) : null;
      const invoice = ctx && match ? await invoiceForDownload(ctx, match[1]) : null;
      res.set('Cache-Control', 'private, no-store');
      if (!invoice) {
        res.status(404).type('text/plain').send('Not found');
        return;
      }
      res.status(200);
      res.type('application/pdf');
      res.set('Content-Disposition', `inline; filename="invoice-${invoice.number}.pdf"`);
      await renderInvoicePdf(invoice, INVOICE_SELLER, res);
    } catch (error) {
      if (res.headersSent) {
        (req as Request & { log?: { error(o: unknown, m: string): void } }).log?.error({ err: error }, 'invoice PDF failed mid-stream');
        res.destroy(error as Error);
      } else next(error);
    }
  });
  return router;
}
