import type { Page } from '@playwright/test';
import { setColorScheme, settle } from './gates';

/**
 * The accessibility gate's checks (issue 14, WCAG 2.2 AA), run by route-gates.spec.ts on every
 * route: axe-core in the light scheme with every rule of TAGS and in the dark one with the rules
 * colours decide, and the main dialogs and error states of a few key pages opened on top.
 */
export const SCHEMES = ['light', 'dark'] as const;
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

export interface Counts {
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

/** axe on the page as it is, light then dark (see COLOUR_RULES); back to light after. */
export async function checkAxe(page: Page, where: string, failures: string[], counts: Counts): Promise<void> {
  for (const scheme of SCHEMES) {
    await setColorScheme(page, scheme);
    const found = await violations(page, scheme);
    counts.views += 1;
    if (found.length) counts.failing += 1;
    failures.push(...found.map((v) => `${where} ${scheme}: ${v}`));
  }
  await setColorScheme(page, 'light');
}


/** The main dialogs and error states of `route`, each opened on top of the page and checked, then closed. */
export async function checkOpeners(page: Page, route: string, where: string, failures: string[], counts: Counts): Promise<void> {
  for (const opener of OPENERS[route] ?? []) {
    const opened = await opener.open(page).catch((error: Error) => error);
    if (opened instanceof Error) failures.push(`${where}: could not open the ${opener.what}: ${opened.message.split('\n')[0]}`);
    if (opened !== true) continue;
    counts.openers += 1;
    await checkAxe(page, `${where} [${opener.what}]`, failures, counts);
    await page.keyboard.press('Escape');
  }
}
