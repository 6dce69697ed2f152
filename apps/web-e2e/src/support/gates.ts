import { readFileSync } from 'node:fs';
import { type Browser, type BrowserContext, type Page } from '@playwright/test';
import { logIn, nextPaint, ORG_URL } from './app';
import { appRoutes, type AppRoute } from './routes';
import { SARA, type Account } from './world';

/**
 * What the accessibility and phone-layout gates (route-gates.spec.ts) use: who visits, which
 * pages (every route of the router, see routes.ts, with its parameters filled from the demo
 * data), and how a page is considered ready to be measured.
 */

export interface Visitor {
  readonly name: string;
  /** Signed out when absent. */
  readonly account?: Account;
}

/** Léa: legal responsible of the demo's Léa Rossi Photo, a client with an ACTIVE partnership with Pixel. */
export const LEA: Account = { email: 'lea@lea-rossi.photo', name: 'Léa Rossi', password: 'demo-password' };

const demo = (email: string, name: string): Account => ({ email, name, password: 'demo-password' });

/** Signed out; a client's legal responsible; a partner's admin: between them every route renders its own page. */
const EVERY_RUN: readonly Visitor[] = [{ name: 'signed out' }, { name: 'client', account: LEA }, { name: 'partner', account: SARA }];

/** More demo roles, for an audit run (E2E_GATE_VISITORS=all): each adds some minutes to the gates. */
const AUDIT: readonly Visitor[] = [
  { name: 'legal responsible and external', account: demo('alice@muller-chocolat.ch', 'Alice Müller') },
  { name: 'admin', account: demo('bruno@muller-chocolat.ch', 'Bruno Keller') },
  { name: 'user', account: demo('chloe@muller-chocolat.ch', 'Chloé Favre') },
  { name: 'partner user', account: demo('tom@pixel-partners.ch', 'Tom Girard') },
  { name: 'partner of 300 clients', account: demo('nina@alpine-web.ch', 'Nina Brunner') },
];

export const VISITORS: readonly Visitor[] = process.env['E2E_GATE_VISITORS'] === 'all' ? [...EVERY_RUN, ...AUDIT] : EVERY_RUN;

/** A concrete page to open: the route's pattern and the URL it was filled to. */
export interface PageToVisit {
  readonly route: string;
  readonly url: string;
}

export interface Skipped {
  readonly route: string;
  readonly why: string;
}

/** A signed-in (or anonymous) context of the given width; the session is the one cookie jar of the context. */
export async function visitorContext(browser: Browser, visitor: Visitor, width: number): Promise<{ context: BrowserContext; page: Page; orgId?: string }> {
  const context = await browser.newContext({ viewport: { width, height: width < 600 ? 844 : 800 } });
  const page = await context.newPage();
  trackApi(page);
  if (!visitor.account) return { context, page };
  await logIn(page, visitor.account);
  const orgId = ORG_URL.exec(page.url())?.[1];
  return { context, page, orgId };
}

/** The routes a visitor sees: signed out, the public and signed-out ones; signed in, the signed-in ones. */
export function routesFor(visitor: Visitor): AppRoute[] {
  return appRoutes().filter((route) => (visitor.account ? route.access === 'signedIn' : route.access !== 'signedIn'));
}

/**
 * Fills a route's parameters: `:orgId` with the organization the visitor landed in, `/**` with a
 * path nothing matches (the not-found page), `:code` with a code that exists nowhere (the check's
 * error state); any other parameter from the first link of the parent page that matches the
 * pattern (a partnership listed on Partners or Clients). Unfillable routes are reported, not hidden.
 */
export async function pagesToVisit(page: Page, routes: readonly AppRoute[], orgId: string | undefined): Promise<{ pages: PageToVisit[]; skipped: Skipped[] }> {
  const pages: PageToVisit[] = [];
  const skipped: Skipped[] = [];
  for (const route of routes) {
    let url = route.path.replace('/**', '/no-such-page').replace(':code', 'NO-SUCH-CODE');
    if (url.includes(':orgId')) {
      if (!orgId) {
        skipped.push({ route: route.path, why: 'no organization to open' });
        continue;
      }
      url = url.replace(':orgId', orgId);
    }
    const parameter = /\/:([A-Za-z]+)/.exec(url);
    if (parameter) {
      const parent = url.slice(0, parameter.index);
      const pattern = new RegExp(`^${escapeRegExp(parent)}/(?!new$)[^/?#]+$`);
      await page.goto(parent);
      await settle(page);
      let found = await linkMatching(page, pattern);
      // A row's link may sit in its actions menu: open the first one and look again.
      const menu = page.locator('main [aria-haspopup="menu"]').first();
      if (!found && (await menu.isVisible().catch(() => false))) {
        await menu.click();
        found = await linkMatching(page, pattern);
        await page.keyboard.press('Escape');
      }
      if (!found) {
        skipped.push({ route: route.path, why: `no link on ${parent} fills :${parameter[1]}` });
        continue;
      }
      url = found;
    }
    pages.push({ route: route.path, url });
  }
  return { pages, skipped };
}

/**
 * Waits until the page has its data: no skeleton, busy region or spinner is left (each page shows
 * one while it loads), then until its transitions have ended, so colours are read as painted.
 */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  await apiQuiet(page);
  await page
    .waitForFunction(() => !document.querySelector('mgr-skeleton, [aria-busy="true"], mat-progress-bar, mat-spinner'), undefined, { timeout: 8_000 })
    .catch(() => undefined);
  await animationsDone(page);
}

export async function setColorScheme(page: Page, scheme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({ colorScheme: scheme });
  await animationsDone(page);
}

const inFlight = new WeakMap<Page, { count: number; last: number }>();

/** Counts the page's API calls in flight (installed once per page). */
function trackApi(page: Page): { count: number; last: number } {
  let state = inFlight.get(page);
  if (state) return state;
  const tracked = { count: 0, last: Date.now() };
  const isApi = (url: string) => /\/graphql|\/api\//.test(url);
  page.on('request', (request) => {
    if (isApi(request.url())) tracked.count += 1;
  });
  const done = (request: { url: () => string }) => {
    if (!isApi(request.url())) return;
    tracked.count = Math.max(0, tracked.count - 1);
    tracked.last = Date.now();
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  inFlight.set(page, tracked);
  state = tracked;
  return state;
}

/** Until no API call has been in flight for 300 ms (8 s at most): the page has asked for its data and has it. */
async function apiQuiet(page: Page): Promise<void> {
  const state = trackApi(page);
  const until = Date.now() + 8_000;
  while (Date.now() < until && (state.count > 0 || Date.now() - state.last < 300)) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Material's fields and buttons fade their colours: waits for every finite animation to end. */
async function animationsDone(page: Page): Promise<void> {
  await nextPaint(page);
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => Number.isFinite(animation.effect?.getComputedTiming().endTime ?? Infinity))
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
  await nextPaint(page);
}

/** A readable list for a failed gate: one line per problem. */
export function report(title: string, lines: readonly string[], skipped: readonly Skipped[]): string {
  const skippedLines = skipped.map((s) => `  (not visited) ${s.route}: ${s.why}`);
  return [`${title}: ${lines.length} problem(s)`, ...lines.map((l) => `  ${l}`), ...skippedLines].join('\n');
}

/** axe-core's browser build, read from node_modules (or AXE_CORE_PATH): injected into every document of a context. */
export function axeSource(): string {
  let path = process.env['AXE_CORE_PATH'];
  try {
    path ??= require.resolve('axe-core/axe.min.js');
  } catch {
    throw new Error('axe-core is not installed: the accessibility gate needs it as a devDependency (npm i -D axe-core), or AXE_CORE_PATH=<axe.min.js>');
  }
  return readFileSync(path, 'utf8');
}

async function linkMatching(page: Page, pattern: RegExp): Promise<string | undefined> {
  const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  return hrefs.find((href) => pattern.test(href));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
