import { expect, test, type Page } from '@playwright/test';
import { checkAxe, checkOpeners, type Counts } from './support/axe-gate';
import { axeSource, pagesToVisit, report, routesFor, settle, visitorContext, VISITORS } from './support/gates';
import { measureOverflow, overflowOf } from './support/overflow-gate';

/**
 * The gates of issue 14 on every route of the router (read from the routes files, so a new page is
 * covered without editing this file), as each visitor of gates.ts:
 * - accessibility (WCAG 2.2 AA): axe-core at 390 and 1280 px, light (every rule) and dark (the
 *   rules colours decide), plus the main dialogs and error states of a few key pages;
 * - phone layout: nothing wider than a 390 or a 360 px screen, and every table shown as cards
 *   names each value with its column.
 * One walk per visitor: each page is loaded once, at 390 px (a phone's first load), then the
 * window is narrowed to 360 and widened to 1280, the page relaying out as a turned phone or a
 * resized window does (the breakpoints are observed, not read once); the dialogs are opened
 * last, at 1280 then at 390, so that every width is first judged as the page loaded. Every
 * finding of each gate is listed.
 */
const PHONE = 390;
const NARROW_PHONE = 360;
const DESKTOP = 1280;

async function resize(page: Page, width: number): Promise<void> {
  await page.setViewportSize({ width, height: width < 600 ? 844 : 800 });
  await settle(page);
}

for (const visitor of VISITORS) {
  test(`gates on every route as ${visitor.name}: axe-core at ${PHONE} and ${DESKTOP} px, light and dark; nothing wider than ${PHONE} or ${NARROW_PHONE} px`, async ({ browser }) => {
    test.setTimeout(600_000);
    const { context, page, orgId } = await visitorContext(browser, visitor, DESKTOP);
    await context.addInitScript({ content: axeSource() });
    // The pages' parameters are read from the links of the desktop layout (a table row's link),
    // then every page is loaded on a phone.
    const { pages, skipped } = await pagesToVisit(page, routesFor(visitor), orgId);
    await page.setViewportSize({ width: PHONE, height: 844 });
    const axeFailures: string[] = [];
    const overflow: string[] = [];
    const counts: Counts = { views: 0, failing: 0, openers: 0 };
    const measure = async (where: string) => {
      const measured = await measureOverflow(page);
      overflow.push(...overflowOf(where, measured));
      if (measured.unlabelled.length) overflow.push(`${where}: card cells without their column's name: ${measured.unlabelled.join(', ')}`);
    };
    for (const target of pages) {
      const at = (width: number) => `${target.url} at ${width} px`;
      await page.goto(target.url);
      await settle(page);
      await checkAxe(page, at(PHONE), axeFailures, counts);
      await measure(at(PHONE));
      await resize(page, NARROW_PHONE);
      await measure(at(NARROW_PHONE));
      await resize(page, DESKTOP);
      await checkAxe(page, at(DESKTOP), axeFailures, counts);
      await checkOpeners(page, target.route, at(DESKTOP), axeFailures, counts);
      await resize(page, PHONE);
      await checkOpeners(page, target.route, at(PHONE), axeFailures, counts);
    }
    const summary = `${pages.length} pages; axe: ${counts.views} views (${counts.openers} dialogs or error states, light and dark), ${counts.failing} with violations; ${overflow.length} wider than the screen`;
    test.info().annotations.push({ type: 'gates', description: summary });
    console.log(`[gates] ${visitor.name}: ${summary}`);
    await context.close();
    expect.soft(axeFailures, report(`axe as ${visitor.name} (${summary})`, axeFailures, skipped)).toEqual([]);
    expect(overflow, report(`overflow as ${visitor.name} (${summary})`, overflow, skipped)).toEqual([]);
  });
}
