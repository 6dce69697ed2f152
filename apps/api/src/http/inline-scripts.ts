import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The CSP sources of the built SPA's inline scripts (the browser check in index.html): their
 * SHA-256, so `script-src` stays `'self'` plus exactly these scripts, never 'unsafe-inline' nor a
 * nonce. Read from the built file itself, once at start: whatever the build did to the script,
 * the hash is of the bytes served. No index.html (API tests): none.
 */
export function inlineScriptSources(webRoot: string): string[] {
  const index = join(webRoot, 'index.html');
  if (!existsSync(index)) return [];
  const html = readFileSync(index, 'utf8');
  return [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
    ([, body]) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`,
  );
}
