import { expect, test } from '@playwright/test';
import { backgroundLuminance, luminance } from './support/app';
import { setColorScheme } from './support/gates';
import { SCHEMES } from './support/axe-gate';

/**
 * What the accessibility gate (axe-core on every route, route-gates.spec.ts) cannot judge: a
 * focus ring drawn outside the button, in a colour that stands out from the page, light and dark.
 */
test('a filled button shows its keyboard focus outside itself, in a colour that stands out, light and dark', async ({ page }) => {
  await page.goto('/login');
  const button = page.getByRole('button', { name: 'Log in' });
  await expect(button).toBeVisible();
  for (const scheme of SCHEMES) {
    await setColorScheme(page, scheme);
    await page.keyboard.press('Tab');
    await button.focus();
    const ring = await button.evaluate((el) => {
      const style = getComputedStyle(el);
      return { style: style.outlineStyle, width: parseFloat(style.outlineWidth), offset: parseFloat(style.outlineOffset), colour: style.outlineColor, fill: style.backgroundColor, focusVisible: el.matches(':focus-visible') };
    });
    const page_ = await backgroundLuminance(page);
    expect(ring.focusVisible, `${scheme}: focus is visible`).toBe(true);
    expect(ring.style, `${scheme}: outline drawn`).not.toBe('none');
    expect(ring.width, `${scheme}: outline width`).toBeGreaterThanOrEqual(2);
    expect(ring.offset, `${scheme}: outline outside the button`).toBeGreaterThanOrEqual(0);
    expect(contrast(luminance(ring.colour), page_), `${scheme}: ring against the page`).toBeGreaterThanOrEqual(3);
    expect(ring.colour, `${scheme}: ring not the button's own colour`).not.toBe(ring.fill);
  }
});

function contrast(a: number, b: number): number {
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}
