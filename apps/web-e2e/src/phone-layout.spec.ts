import { expect, test } from '@playwright/test';
import { pagesToVisit, report, routesFor, settle, visitorContext, VISITORS } from './support/gates';

/**
 * The phone-layout gate (issue 14): nothing wider than the screen on any route of the router (read
 * from the routes files, see support/routes.ts), as each visitor of gates.ts, at 360 and 390 px.
 * One test per visitor and width, reusing one signed-in page: every overflowing page is listed with
 * its width and the widest elements that stick out.
 */
const WIDTHS = [360, 390] as const;

for (const visitor of VISITORS) {
  for (const width of WIDTHS) {
    test(`phone layout: no route wider than ${width} px as ${visitor.name}`, async ({ browser }) => {
      test.setTimeout(300_000);
      const { context, page, orgId } = await visitorContext(browser, visitor, width);
      const { pages, skipped } = await pagesToVisit(page, routesFor(visitor), orgId);
      const failures: string[] = [];
      for (const target of pages) {
        await page.goto(target.url);
        await settle(page);
        const measured = await page.evaluate(() => {
          const viewport = window.innerWidth;
          // What sticks out of the page itself (not what scrolls inside a box of its own): the outermost such elements.
          const clipped = (el: Element) => {
            for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
              if (getComputedStyle(p).overflowX !== 'visible') return true;
            }
            return false;
          };
          const culprits = [...document.querySelectorAll<HTMLElement>('body *')]
            .filter((el) => el.getClientRects().length > 0 && el.getBoundingClientRect().right > viewport + 1 && !clipped(el))
            .filter((el, _, all) => !all.includes(el.parentElement as HTMLElement))
            .slice(0, 3)
            .map((el) => `${el.tagName.toLowerCase()}${typeof el.className === 'string' && el.className.trim() ? '.' + el.className.trim().split(/\s+/).slice(0, 2).join('.') : ''} (${Math.round(el.getBoundingClientRect().right)} px)`);
          return { scrollWidth: document.documentElement.scrollWidth, viewport, culprits };
        });
        failures.push(...overflowOf(target.url, measured));
      }
      const summary = `${pages.length} views, ${failures.length} wider than the screen`;
      test.info().annotations.push({ type: 'overflow', description: summary });
      console.log(`[phone] ${visitor.name} ${width}px: ${summary}`);
      await context.close();
      expect(failures, report(`overflow as ${visitor.name} at ${width} px (${summary})`, failures, skipped)).toEqual([]);
    });
  }
}

function overflowOf(url: string, measured: { scrollWidth: number; viewport: number; culprits: string[] }): string[] {
  if (measured.scrollWidth <= measured.viewport) return [];
  return [`${url}: ${measured.scrollWidth} px wide > ${measured.viewport}; ${measured.culprits.join(', ')}`];
}
