import { logIn, ORG_URL } from './support/app';
import { expect, test } from './support/world';
import { LEA } from './support/gates';

/**
 * Phone details the route gates (route-gates.spec.ts: nothing wider than 390 or 360 px on any
 * route) do not see: the top bar with a long organization name, the active tab of a long bar,
 * a dialog on a phone.
 */
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
