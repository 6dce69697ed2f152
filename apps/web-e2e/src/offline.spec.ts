import type { BrowserContext, Page } from '@playwright/test';
import { logIn, productRows } from './support/app';
import { expect, test } from './support/world';

// Nothing the app shows may come from outside the server it runs on: no CDN, no font service,
// no analytics. Every request the browser makes is recorded (not blocked, so a leak shows up as
// a failed assertion with its URL, not as a silently broken page), and CSP violations reported
// on the console fail the test too.

interface Recorder {
  urls: string[];
  cspErrors: string[];
  inFlight: number;
  lastActivity: number;
}

function record(context: BrowserContext, page: Page): Recorder {
  const recorder: Recorder = { urls: [], cspErrors: [], inFlight: 0, lastActivity: Date.now() };
  context.on('request', (request) => {
    recorder.urls.push(request.url());
    recorder.inFlight += 1;
    recorder.lastActivity = Date.now();
  });
  const settled = () => {
    recorder.inFlight -= 1;
    recorder.lastActivity = Date.now();
  };
  context.on('requestfinished', settled);
  context.on('requestfailed', settled);
  const cspLike = /Content Security Policy|Content-Security-Policy|\bCSP\b/i;
  page.on('console', (message) => {
    if (message.type() === 'error' && cspLike.test(message.text())) recorder.cspErrors.push(message.text());
  });
  page.on('pageerror', (error) => {
    if (cspLike.test(error.message)) recorder.cspErrors.push(error.message);
  });
  return recorder;
}

/**
 * Waits until the page is quiet (late chunks, fonts, workers): nothing in flight for half a second,
 * or nothing started nor settled for two seconds — a request that never reports its end (a
 * cancelled or long-lived one) must not hold the wait forever. Requests are recorded when they
 * start, so a foreign one is seen either way.
 */
async function untilQuiet(recorder: Recorder): Promise<void> {
  await expect
    .poll(() => {
      const idle = Date.now() - recorder.lastActivity;
      return (recorder.inFlight <= 0 && idle > 500) || idle > 2_000;
    }, { intervals: [100], timeout: 20_000 })
    .toBe(true);
}

function foreignRequests(urls: string[], origin: string): string[] {
  return urls.filter((url) => {
    const protocol = new URL(url).protocol;
    if (protocol === 'data:' || protocol === 'blob:') return false;
    return new URL(url).origin !== origin;
  });
}

test.describe('offline: everything comes from the server itself', () => {
  test('the SPA, signed out and signed in, loads nothing from elsewhere', async ({ context, page, baseURL, world }) => {
    const origin = new URL(String(baseURL)).origin;
    const alice = (await world.organization('offline', { country: 'CH', products: ['Domain .ch'] })).owner;
    const recorder = record(context, page);

    await page.goto('/login');
    await expect(page.getByRole('button', { name: 'Log in' })).toBeVisible();
    await untilQuiet(recorder);
    const loginRequests = recorder.urls.length;

    await logIn(page, alice);
    await expect(productRows(page).first()).toBeVisible();
    await page.getByRole('button', { name: 'User menu' }).click();
    await expect(page.getByRole('menuitem', { name: 'Log out' })).toBeVisible();
    await page.keyboard.press('Escape');
    await untilQuiet(recorder);

    expect(loginRequests).toBeGreaterThan(1);
    expect(recorder.urls.length).toBeGreaterThan(loginRequests);
    expect(foreignRequests(recorder.urls, origin)).toEqual([]);
    expect(recorder.cspErrors).toEqual([]);
  });

  test('GraphiQL renders its editor from the server alone', async ({ context, page, baseURL }) => {
    // GraphiQL's editor is several megabytes of scripts: slow on a loaded 2-core machine.
    test.setTimeout(90_000);
    const origin = new URL(String(baseURL)).origin;
    const recorder = record(context, page);

    const response = await page.goto('/graphql');
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-type']).toContain('text/html');
    await expect(page.locator('.graphiql-container')).toBeVisible({ timeout: 20_000 });
    const queryEditor = page.locator('.graphiql-query-editor');
    await expect(queryEditor).toBeVisible();
    // The editor is live: it takes typing.
    await queryEditor.click();
    await page.keyboard.type('{ me { email } }');
    await expect(queryEditor).toContainText('me');
    await untilQuiet(recorder);

    expect(recorder.urls.length).toBeGreaterThan(1);
    expect(foreignRequests(recorder.urls, origin)).toEqual([]);
    expect(recorder.cspErrors).toEqual([]);
  });

  test('GraphiQL loads the schema (introspection) for its docs and autocompletion', async ({ page }) => {
    test.setTimeout(90_000);
    const introspection = page.waitForResponse(
      (response) =>
        response.request().method() === 'POST' &&
        new URL(response.url()).pathname === '/graphql' &&
        (response.request().postData() ?? '').includes('__schema'),
    );
    await page.goto('/graphql');
    const response = await introspection;
    const body = await response.json();
    expect(body.errors ?? []).toEqual([]);
    expect(response.status()).toBe(200);
    expect(body.data.__schema.queryType.name).toBe('Query');
  });
});
