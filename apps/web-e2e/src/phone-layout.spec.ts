import type { Page } from '@playwright/test';
import { logIn, ORG_URL } from './support/app';
import { expect, test } from './support/world';
import { LEA, pagesToVisit, report, routesFor, settle, visitorContext, VISITORS } from './support/gates';

/**
 * The phone-layout gate (issue 14): nothing wider than the screen on any route of the router (read
 * from the routes files, see support/routes.ts), as each visitor of gates.ts, at 390 and 360 px;
 * and every table shown as cards names each value with its column.
 * One test per visitor, reusing one signed-in page: every overflowing page is listed with the
 * width it overflows at and the widest elements that stick out.
 */
/** The widths, widest first: each page is loaded once at the first and measured at each, the window narrowed in between. */
const WIDTHS = [390, 360] as const;

for (const visitor of VISITORS) {
  test(`phone layout: no route wider than ${WIDTHS.join(' or ')} px as ${visitor.name}`, async ({ browser }) => {
    test.setTimeout(300_000);
    const { context, page, orgId } = await visitorContext(browser, visitor, WIDTHS[0]);
    const { pages, skipped } = await pagesToVisit(page, routesFor(visitor), orgId);
    const failures: string[] = [];
    for (const target of pages) {
      await page.goto(target.url);
      await settle(page);
      for (const width of WIDTHS) {
        // The page relays out as a phone turned or a window narrowed does (the breakpoints are observed, not read once).
        if (page.viewportSize()?.width !== width) await resize(page, width);
        const measured = await measure(page);
        const where = `${target.url} at ${width} px`;
        failures.push(...overflowOf(where, measured));
        if (measured.unlabelled.length) failures.push(`${where}: card cells without their column's name: ${measured.unlabelled.join(', ')}`);
      }
      await page.setViewportSize({ width: WIDTHS[0], height: 844 });
    }
    const summary = `${pages.length} views at ${WIDTHS.join(' and ')} px, ${failures.length} wider than the screen`;
    test.info().annotations.push({ type: 'overflow', description: summary });
    console.log(`[phone] ${visitor.name}: ${summary}`);
    await context.close();
    expect(failures, report(`overflow as ${visitor.name} (${summary})`, failures, skipped)).toEqual([]);
  });
}

async function resize(page: Page, width: number): Promise<void> {
  await page.setViewportSize({ width, height: 844 });
  await settle(page);
}

/** How wide the page is against the screen, the outermost elements that stick out, and card cells without their column's name. */
function measure(page: Page) {
  return page.evaluate(() => {
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
    // Tables shown as cards: each value carries its column's name (the CellLabel directive of libs/web/ui).
    const unlabelled = [...document.querySelectorAll<HTMLTableCellElement>('table.mat-mdc-table tbody td, table.mgr-card-table tbody td')]
      .filter((td) => td.getClientRects().length > 0 && td.textContent?.trim())
      .flatMap((td) => {
        const header = td.closest('table')?.tHead?.rows[0]?.cells[td.cellIndex];
        const copy = header?.cloneNode(true) as HTMLElement | undefined;
        // As CellLabel: neither screen-reader-only text nor a control's own label names a column.
        copy?.querySelectorAll('.visually-hidden, .cdk-visually-hidden, mat-checkbox, mat-radio-button, mat-slide-toggle, input, select, textarea, label').forEach((hidden) => hidden.remove());
        const name = copy?.textContent?.replace(/\s+/g, ' ').trim();
        if (!name) return [];
        const drawn = getComputedStyle(td, '::before');
        const shown = td.getAttribute('data-label') === name && drawn.display !== 'none' && !['none', 'normal'].includes(drawn.content);
        return shown ? [] : [`"${name}"`];
      });
    return { scrollWidth: document.documentElement.scrollWidth, viewport, culprits, unlabelled: [...new Set(unlabelled)] };
  });
}

function overflowOf(url: string, measured: { scrollWidth: number; viewport: number; culprits: string[] }): string[] {
  if (measured.scrollWidth <= measured.viewport) return [];
  return [`${url}: ${measured.scrollWidth} px wide > ${measured.viewport}; ${measured.culprits.join(', ')}`];
}

test('phone top bar: a long organization name ends in an ellipsis; brand, switcher and account menu fit side by side', async ({ world, page }) => {
  const org = await world.organization('topbar', { name: `Établissements Très Longue Raison Sociale Internationale ${Date.now().toString(36)} SA` });
  await page.setViewportSize({ width: 360, height: 740 });
  await logIn(page, org.owner);
  const boxes = await Promise.all(
    [page.locator('.top-bar .brand'), page.getByTestId('org-switcher'), page.getByRole('button', { name: 'User menu' })].map(async (locator) => {
      await expect(locator).toBeVisible();
      return (await locator.boundingBox()) ?? { x: 0, y: 0, width: 0, height: 0 };
    }),
  );
  const [brand, switcher, account] = boxes;
  expect(brand.x + brand.width, 'the brand ends before the switcher').toBeLessThanOrEqual(switcher.x);
  expect(switcher.x + switcher.width, 'the switcher ends before the account menu').toBeLessThanOrEqual(account.x);
  expect(account.x + account.width, 'the account menu is on the screen').toBeLessThanOrEqual(360);
  const name = page.getByTestId('org-switcher').locator('.org-name');
  await expect(name).toHaveCSS('text-overflow', 'ellipsis');
  expect(await name.evaluate((el) => el.scrollWidth > el.clientWidth), 'the name is cut, not the bar').toBe(true);
  // Its accessible name still starts with the whole visible name (WCAG 2.5.3).
  await expect(page.getByTestId('org-switcher')).toHaveAccessibleName(new RegExp(`^${org.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
});

test('phone: the active organization tab is scrolled into view, and a dialog takes the whole screen', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await logIn(page, LEA);
  const orgId = ORG_URL.exec(page.url())?.[1];
  // The last tab, far to the right of a 360 px bar.
  await page.goto(`/org/${orgId}/api-tokens`);
  const bar = page.getByRole('navigation', { name: 'Organization pages' });
  const active = bar.locator('a[aria-current="page"]');
  await expect(active).toBeVisible();
  await expect
    .poll(async () => {
      const [barBox, tabBox] = [await bar.boundingBox(), await active.boundingBox()];
      return !!barBox && !!tabBox && tabBox.x >= barBox.x && tabBox.x + tabBox.width <= barBox.x + barBox.width;
    }, { message: 'the active tab lies inside the visible part of the bar' })
    .toBe(true);

  await page.goto(`/org/${orgId}/members`);
  await page.getByRole('button', { name: 'Invite a member' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect.poll(async () => (await dialog.boundingBox())?.width, { message: 'the dialog is as wide as the screen' }).toBe(360);
  expect((await dialog.boundingBox())?.x).toBe(0);
});
