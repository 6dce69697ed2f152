import { type Request, type Response, Router } from 'express';
import { type RequestContext, sendJsonError } from '@manager/api-core';
import { exportSlug } from '@manager/domain';
import { invoiceForDownload } from '../read/invoice-read.service';
import { renderInvoicePdf } from './invoice-pdf';
import { invoicePdfMessages } from './invoice-pdf.catalog';
import { INVOICE_SELLER } from './invoice-seller';

const INVOICE_FILE = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.pdf$/i;

/**
 * GET /invoices/<id>.pdf: the invoice as PDF, streamed, for the payer's members with BILLING_READ
 * (the session cookie is read exactly as for GraphQL, by the same context builder). Not signed
 * in: 401. Signed in, any file that is not `<uuid>.pdf`, an unknown invoice and one out of reach
 * all get the same 404: a download never tells that an invoice exists. Refusals are JSON with a
 * code, as GraphQL's are; a failure is passed on to the app's JSON error handler.
 *
 * Written in the caller's language (`ctx.language`). Mount it under `/invoices` after the cookie parser.
 */
export function invoicePdfRouter(contextOf: (req: Request, res: Response) => Promise<RequestContext>): Router {
  const router = Router();
  router.get('/:file', async (req, res, next) => {
    try {
      res.set('Cache-Control', 'private, no-store');
      const ctx = await contextOf(req, res);
      if (!ctx.actor) return sendJsonError(res, 401, 'UNAUTHENTICATED', 'Log in to download invoices.');
      if (ctx.actor.secondFactorRequired) return sendJsonError(res, 403, 'SECOND_FACTOR_REQUIRED', 'An organization you belong to requires two-step verification: add a passkey or an authenticator app first.');
      const match = INVOICE_FILE.exec(String(req.params['file']));
      const invoice = match ? await invoiceForDownload(ctx, match[1]) : null;
      if (!invoice) return sendJsonError(res, 404, 'NOT_FOUND', 'Invoice not found.');
      res.status(200);
      res.type('application/pdf');
      // `rechnung-2026-000123.pdf` for a German reader: the document's own title, as a file name.
      res.set('Content-Disposition', `inline; filename="${exportSlug(invoicePdfMessages.t(ctx.language, 'title'))}-${invoice.number}.pdf"`);
      await renderInvoicePdf(invoice, INVOICE_SELLER, res, ctx.language);
    } catch (error) {
      if (res.headersSent) {
        (req as Request & { log?: { error(o: unknown, m: string): void } }).log?.error({ err: error }, 'invoice PDF failed mid-stream');
        res.destroy(error as Error);
      } else next(error);
    }
  });
  return router;
}
