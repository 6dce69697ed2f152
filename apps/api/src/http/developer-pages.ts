import express, { type Router } from 'express';
import type { DataSource } from 'typeorm';
import { loopbackOnly } from './loopback-only';

interface EmailRow {
  id: string;
  kind: string;
  to_address: string;
  subject: string;
  text_body: string;
  status: string;
  created_at: Date;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

/**
 * Developer pages, served only outside production and only to this machine: the latest emails of
 * the outbox, so that without an SMTP server an invitation link can still be followed (by a
 * person or a test). Those links are live secrets, hence loopback only: with HOST=0.0.0.0 anyone
 * on the network would otherwise read every invitation. `/dev/emails` is HTML, `/dev/emails.json`
 * the same as JSON; `?to=` filters by recipient. Everyone else, and everyone in production, gets
 * a 404: the pages do not exist for them.
 */
export function developerPages(dataSource: DataSource, options: { enabled: boolean }): Router {
  const router = express.Router();
  if (!options.enabled) {
    router.use((_req, res) => res.sendStatus(404));
    return router;
  }
  router.use(loopbackOnly);
  const latest = (to: unknown): Promise<EmailRow[]> =>
    dataSource.query(
      `SELECT id, kind, to_address, subject, text_body, status, created_at FROM email_outbox
       WHERE ($1::text IS NULL OR to_address = lower($1)) ORDER BY created_at DESC LIMIT 50`,
      [typeof to === 'string' && to ? to : null],
    );
  router.get('/emails.json', async (req, res) => {
    res.json(await latest(req.query['to']));
  });
  router.get('/emails', async (req, res) => {
    const rows = await latest(req.query['to']);
    const items = rows
      .map(
        (row) => `<article><h2>${escapeHtml(row.subject)}</h2>
<p><small>${escapeHtml(row.kind)} · to ${escapeHtml(row.to_address)} · ${row.created_at.toISOString()} · ${escapeHtml(row.status)}</small></p>
<pre>${escapeHtml(row.text_body).replace(/(https?:\/\/[^\s<]+)/g, '<a href="$1">$1</a>')}</pre></article>`,
      )
      .join('\n');
    res.type('html').send(`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="color-scheme" content="light dark">
<title>Outbox · developer page</title></head><body><h1>Outbox (latest 50 emails)</h1>${items || '<p>No email yet.</p>'}</body></html>`);
  });
  return router;
}
