import { expect, test, type Page } from '@playwright/test';
import { backgroundLuminance, luminance } from './support/app';
import { axeSource, pagesToVisit, report, routesFor, setColorScheme, settle, visitorContext, VISITORS, type PageToVisit } from './support/gates';

/**
 * The accessibility gate (issue 14, WCAG 2.2 AA): axe-core on every route of the router (read from
 * the routes files, so a new page is covered without editing this file), as each visitor of
 * gates.ts, light (every rule) and dark (the rules colours decide, see COLOUR_RULES), at 1280 and
 * 390 px, plus the main dialogs and error states of a few key
 * pages. One test per visitor and width, reusing one signed-in page: every finding is listed.
 */
const WIDTHS = [1280, 390] as const;
const SCHEMES = ['light', 'dark'] as const;
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Things to open on top of a page before looking again: the main dialogs and error states. */
interface Opener {
  readonly what: string;
  readonly open: (page: Page) => Promise<boolean>;
}

const clickButton =
  (name: RegExp | string) =>
  async (page: Page): Promise<boolean> => {
    const button = page.getByRole('button', { name }).first();
    if (!(await button.isVisible().catch(() => false))) return false;
    await button.click();
    await page.getByRole('dialog').first().waitFor({ timeout: 5_000 });
    await settle(page);
    return true;
  };

const OPENERS: Record<string, Opener[]> = {
  '/login': [
    {
      what: 'required errors after an empty submit',
      open: async (page) => {
        await page.getByRole('button', { name: 'Log in' }).click();
        await page.locator('[aria-invalid="true"]').first().waitFor({ timeout: 5_000 });
        return true;
      },
    },
  ],
  '/org/:orgId/members': [{ what: 'invite dialog', open: clickButton('Invite a member') }],
  '/org/:orgId/billing': [{ what: 'top-up dialog', open: clickButton(/^Top up/) }],
  '/org/:orgId': [{ what: 'renew dialog', open: clickButton(/^Renew/) }],
};

interface Counts {
  views: number;
  failing: number;
  openers: number;
}

/**
 * The rules of TAGS whose outcome depends on colours: all that a colour scheme changes (the same
 * document, the same layout, other colours), so the dark pass runs these only and the light pass
 * runs every rule (the structural ones, names, roles, sizes, would judge the same DOM twice).
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

async function violations(page: Page, scheme: (typeof SCHEMES)[number]): Promise<string[]> {
  const found = await page.evaluate(
    async ({ tags, colourRules, coloursOnly }) => {
      const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: { id: string; nodes: { target: unknown[]; html: string }[] }[] }> } }).axe;
      const result = await axe.run(document, {
        runOnly: coloursOnly ? { type: 'rule', values: colourRules } : { type: 'tag', values: tags },
        // WCAG 2.5.3 (label in name) is "experimental" in axe: asked for explicitly.
        rules: coloursOnly ? {} : { 'label-content-name-mismatch': { enabled: true } },
        resultTypes: ['violations'],
      });
      return result.violations.map((v) => `${v.id} ×${v.nodes.length}: ${v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')} ${n.html.replace(/\s+/g, ' ').slice(0, 90)}`).join(' | ')}`);
    },
    { tags: TAGS, colourRules: COLOUR_RULES, coloursOnly: scheme === 'dark' },
  );
  return found;
}

async function check(page: Page, where: string, failures: string[], counts: Counts): Promise<void> {
  for (const scheme of SCHEMES) {
    await setColorScheme(page, scheme);
    const found = await violations(page, scheme);
    counts.views += 1;
    if (found.length) counts.failing += 1;
    failures.push(...found.map((v) => `${where} ${scheme}: ${v}`));
  }
  await setColorScheme(page, 'light');
}

for (const visitor of VISITORS) {
  for (const width of WIDTHS) {
    test(`axe-core WCAG 2.2 AA: every route as ${visitor.name} at ${width} px, light and dark`, async ({ browser }) => {
      test.setTimeout(600_000);
      const { context, page, orgId } = await visitorContext(browser, visitor, width);
      await context.addInitScript({ content: axeSource() });
      const { pages, skipped } = await pagesToVisit(page, routesFor(visitor), orgId);
      const failures: string[] = [];
      const counts: Counts = { views: 0, failing: 0, openers: 0 };
      for (const target of pages) await checkPage(page, target, failures, counts);
      const summary = `${counts.views} views (${pages.length} pages, ${counts.openers} dialogs or error states, light and dark), ${counts.failing} with violations`;
      test.info().annotations.push({ type: 'axe', description: summary });
      console.log(`[a11y] ${visitor.name} ${width}px: ${summary}`);
      await context.close();
      expect(failures, report(`axe as ${visitor.name} at ${width} px (${summary})`, failures, skipped)).toEqual([]);
    });
  }
}

async function checkPage(page: Page, target: PageToVisit, failures: string[], counts: Counts): Promise<void> {
  await page.goto(target.url);
  await settle(page);
  await check(page, target.url, failures, counts);
  for (const opener of OPENERS[target.route] ?? []) {
    const opened = await opener.open(page).catch((error: Error) => error);
    if (opened instanceof Error) failures.push(`${target.url}: could not open the ${opener.what}: ${opened.message.split('\n')[0]}`);
    if (opened !== true) continue;
    counts.openers += 1;
    await check(page, `${target.url} [${opener.what}]`, failures, counts);
    await page.keyboard.press('Escape');
  }
}

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
