import type { Locator, Page } from '@playwright/test';
import { ORG_URL, emailField, luminance, orgIdOf, passwordField } from './support/app';
import { money } from './support/billing';
import { PIXEL, expect, test, uniqueEmail, type Account } from './support/world';

// Issue 14, part 3: the main journeys of the suite by keyboard alone. Only page.keyboard drives the
// page here (Tab, Shift+Tab, Enter, Escape, arrows); a control is typed into only once Tab (or the
// app's own focus) brought the focus to it. Navigation by URL (goto, reload) is the address bar.

test.describe.configure({ timeout: 90_000 });

/** Enough Tab presses to cross any page of the app; more means the control is out of reach. */
const MAX_TABS = 60;

async function isFocused(target: Locator): Promise<boolean> {
  return target.evaluate((el) => el === document.activeElement);
}

/** Presses Tab (Shift+Tab when `backwards`) until `target` has the focus; returns how many presses it took. */
async function tabTo(page: Page, target: Locator, { backwards = false, max = MAX_TABS } = {}): Promise<number> {
  await expect(target).toBeVisible();
  for (let presses = 0; presses <= max; presses++) {
    if (await isFocused(target)) return presses;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`${target} not reached in ${max} presses of ${backwards ? 'Shift+Tab' : 'Tab'}`);
}

/** What has the focus, in words: its role, accessible-ish name and test id. */
function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return 'body';
    const name = el.getAttribute('aria-label') ?? el.textContent?.replace(/\s+/g, ' ').trim().slice(0, 60) ?? '';
    const role = el.getAttribute('role') ?? el.tagName.toLowerCase();
    const testId = el.getAttribute('data-testid');
    return `${role} "${name}"${testId ? ` [${testId}]` : ''}`;
  });
}

/** The login form by keyboard: the page focuses the email field, Tab to the password, Enter submits. */
async function logInByKeyboard(page: Page, account: Account): Promise<void> {
  await page.goto('/login');
  await tabTo(page, emailField(page));
  await page.keyboard.type(account.email);
  await tabTo(page, passwordField(page));
  await page.keyboard.type(account.password);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(ORG_URL);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

/** Tab to an organization tab and follow it with Enter. */
async function openTabByKeyboard(page: Page, tab: 'members' | 'billing' | 'partners'): Promise<void> {
  await tabTo(page, page.getByTestId(`org-tab-${tab}`));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/org/[^/]+/${tab}$`));
}

/** The focus is visible where it is: `focusStop` found an outline, a shadow or a focused field of enough contrast. */
async function expectFocusVisible(page: Page): Promise<void> {
  const stop = await focusStop(page);
  expect(stop.indicator, `focus not visible on ${stop.what}`).toBeNull();
}

function focusIsInside(container: Locator): Promise<boolean> {
  return container.evaluate((el) => el.contains(document.activeElement));
}

/**
 * Tabs through the open dialog until the focus is back on `first` (the focus trap wraps around),
 * checking at each stop that the focus never leaves the dialog; returns the stops in order.
 */
async function tabAroundDialog(page: Page, dialog: Locator, first: Locator): Promise<string[]> {
  const stops: string[] = [];
  for (let presses = 0; presses < 12; presses++) {
    await page.keyboard.press('Tab');
    expect(await focusIsInside(dialog), `Tab left the dialog, to ${await describeFocus(page)}`).toBe(true);
    if (await isFocused(first)) return stops;
    stops.push(await describeFocus(page));
  }
  throw new Error(`Tab did not come back to the first field of the dialog: ${stops.join(' → ')}`);
}

/** Presses `key` in the open menu until `item` has the focus (the focus never leaving the menu's items). */
async function arrowToMenuItem(page: Page, item: Locator, key: 'ArrowDown' | 'ArrowUp' = 'ArrowDown'): Promise<void> {
  for (let presses = 0; presses < 15; presses++) {
    if (await isFocused(item)) return;
    await page.keyboard.press(key);
    // menuitem, or menuitemradio (the languages)
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role') ?? '')).toMatch(/^menuitem/);
  }
  throw new Error(`${item} not reached with ${key}`);
}

function menuItem(page: Page, name: string): Locator {
  return page.getByRole('menuitem', { name, exact: true });
}

/** Presses ArrowUp in the open select's panel until `option` is the active one. */
async function arrowUpToOption(page: Page, option: Locator): Promise<void> {
  for (let presses = 0; presses < 5; presses++) {
    if ((await option.getAttribute('class'))?.includes('mat-mdc-option-active')) return;
    await page.keyboard.press('ArrowUp');
  }
  throw new Error(`${option} not reached with ArrowUp`);
}

interface FocusStop {
  what: string;
  top: number;
  bottom: number;
  left: number;
  right: number;
  indicator: string | null;
}

/**
 * The focused element's box in page coordinates, and why its focus cannot be seen (null when it
 * can): an outline or a box-shadow, the outline with a 3:1 contrast against what it is drawn on
 * (the element itself for an inset outline, else what is behind it); a text field shows its focus
 * on the form field's outline, thicker and coloured.
 */
async function focusStop(page: Page): Promise<FocusStop> {
  const stop = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const opaque = (c: string) => c !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(c);
    const backgroundBehind = (from: Element | null): string => {
      for (let node = from; node; node = node.parentElement) {
        const colour = getComputedStyle(node).backgroundColor;
        if (opaque(colour)) return colour;
      }
      return 'rgb(255, 255, 255)';
    };
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    const field = el.closest('.mat-mdc-form-field.mat-focused');
    const notch = field?.querySelector('.mdc-notched-outline__leading');
    const notchStyle = notch ? getComputedStyle(notch) : null;
    return {
      top: box.top + window.scrollY,
      bottom: box.bottom + window.scrollY,
      left: box.left + window.scrollX,
      right: box.right + window.scrollX,
      outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 ? style.outlineColor : null,
      outlineOnto: parseFloat(style.outlineOffset) < 0 ? backgroundBehind(el) : backgroundBehind(el.parentElement),
      boxShadow: style.boxShadow !== 'none' ? style.boxShadow : null,
      field: notchStyle && parseFloat(notchStyle.borderTopWidth) >= 2 ? notchStyle.borderTopColor : null,
      fieldOnto: field ? backgroundBehind(field) : null,
    };
  });
  const contrast = (a: string, b: string) => {
    const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (light + 0.05) / (dark + 0.05);
  };
  let indicator: string | null = 'no outline, box-shadow or focused form field';
  if (stop.boxShadow) indicator = null;
  else if (stop.outline) indicator = contrast(stop.outline, stop.outlineOnto) >= 3 ? null : `outline ${stop.outline} on ${stop.outlineOnto}`;
  else if (stop.field && stop.fieldOnto) indicator = contrast(stop.field, stop.fieldOnto) >= 3 ? null : `field outline ${stop.field} on ${stop.fieldOnto}`;
  return { what: await describeFocus(page), top: stop.top, bottom: stop.bottom, left: stop.left, right: stop.right, indicator };
}

/** Tab from the top of the page until the focus leaves the document or comes round again. */
async function everyTabStop(page: Page): Promise<FocusStop[]> {
  const stops: FocusStop[] = [];
  for (let presses = 0; presses < MAX_TABS; presses++) {
    await page.keyboard.press('Tab');
    const stop = await focusStop(page);
    if (stop.what === 'body' || (stops.length && stop.what === stops[0].what)) break;
    stops.push(stop);
  }
  return stops;
}

/** The Tab steps that go up within a column: the next stop entirely above the one before, their boxes overlapping horizontally. */
function stepsUpward(stops: readonly FocusStop[]): string[] {
  return stops.slice(1).flatMap((next, i) => {
    const previous = stops[i];
    const sameColumn = next.left < previous.right && previous.left < next.right;
    return sameColumn && next.bottom <= previous.top ? [`${previous.what} → ${next.what}`] : [];
  });
}

test.describe('keyboard alone', () => {
  test('the skip link is the first Tab stop of a signed-in page and moves the focus to the content', async ({ page, world }) => {
    const client = await world.organization('skip');
    await logInByKeyboard(page, client.owner);
    const dashboard = page.url();
    // A fresh load: the focus starts at the top of the document.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: client.name })).toBeVisible();

    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    // Out of sight until focused, then on screen.
    const box = await skip.boundingBox();
    expect(box && box.y >= 0 && box.height > 0, 'the focused skip link is on screen').toBe(true);

    await page.keyboard.press('Enter');
    await expect(page.locator('main#main')).toBeFocused();
    expect(page.url(), 'the skip link stays on the page').toBe(dashboard);
    // The next Tab lands inside the content, past the top bar and the tabs.
    await page.keyboard.press('Tab');
    expect(await focusIsInside(page.locator('main#main')), `after the skip link, Tab went to ${await describeFocus(page)}`).toBe(true);
  });

  test('log in with the keyboard: email, Tab, password, Enter, and the dashboard', async ({ page, world }) => {
    const client = await world.organization('keyboard-login');
    await page.goto('/login');
    // The page puts the focus in the email field itself.
    await expect(emailField(page)).toBeFocused();
    await page.keyboard.type(client.owner.email);
    await page.keyboard.press('Tab');
    await expect(passwordField(page)).toBeFocused();
    await page.keyboard.type(client.owner.password);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/org/${client.id}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(client.name);
  });

  test('the organization switcher and the account menu: Enter opens, arrows move, Escape closes and gives the focus back', async ({ page, world }) => {
    const client = await world.organization('menus');
    const second = await client.owner.createOrganization('menus-second');
    await logInByKeyboard(page, client.owner);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: client.name })).toBeVisible();

    // The switcher: its first item is focused on open, the arrows walk the list.
    const switcher = page.getByTestId('org-switcher');
    await tabTo(page, switcher);
    await page.keyboard.press('Enter');
    const orgMenu = page.getByRole('menu');
    await expect(orgMenu).toBeVisible();
    await expect(orgMenu.getByRole('menuitem').first()).toBeFocused();
    await arrowToMenuItem(page, menuItem(page, 'Create organization'));
    await page.keyboard.press('Escape');
    await expect(orgMenu).toHaveCount(0);
    await expect(page.getByTestId('org-switcher')).toBeFocused();

    // Opened again, an arrow to the other organization and Enter switch to it.
    await page.keyboard.press('Enter');
    await expect(page.getByRole('menu')).toBeVisible();
    const other = page.getByRole('menuitem', { name: new RegExp(`^${second.name}`) });
    await arrowToMenuItem(page, other);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/org/${second.id}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(second.name);

    // The account menu, the next stop after the switcher.
    const switcherAgain = page.getByTestId('org-switcher');
    await tabTo(page, switcherAgain, { backwards: true });
    const account = page.getByRole('button', { name: /User menu/ });
    await page.keyboard.press('Tab');
    await expect(account).toBeFocused();
    await page.keyboard.press('Enter');
    const userMenu = page.getByRole('menu');
    await expect(userMenu).toBeVisible();
    await expect(page.getByRole('menuitem', { name: 'Automatic', exact: true })).toBeFocused();
    await arrowToMenuItem(page, menuItem(page, 'Log out'));
    await arrowToMenuItem(page, menuItem(page, 'Security'), 'ArrowUp');
    // The languages are menu items too: the arrows reach them.
    await arrowToMenuItem(page, page.getByRole('menuitemradio', { name: 'Deutsch' }), 'ArrowUp');
    await page.keyboard.press('Escape');
    await expect(userMenu).toHaveCount(0);
    await expect(page.getByRole('button', { name: /User menu/ })).toBeFocused();
  });

  test('invite a member: the focus stays in the dialog, Escape gives it back to "Invite a member", then the invitation is sent', async ({ page, world }) => {
    const host = await world.organization('keyboard-invite');
    const invitee = uniqueEmail('keyboard-invitee');
    await logInByKeyboard(page, host.owner);
    await openTabByKeyboard(page, 'members');

    const inviteButton = page.getByRole('button', { name: 'Invite a member' });
    await tabTo(page, inviteButton);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Invite a member' });
    await expect(dialog).toBeVisible();
    const email = dialog.getByLabel('Email');
    await expect(email).toBeFocused();
    // Tab cycles inside: role, Cancel, Send invitation, and around to the email again.
    const stops = await tabAroundDialog(page, dialog, email);
    expect(stops.join(' → ')).toMatch(/combobox.*Cancel.*Send invitation/);
    // Shift+Tab from the first field goes round to the last button.
    await page.keyboard.press('Shift+Tab');
    await expect(dialog.getByRole('button', { name: 'Send invitation' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(inviteButton).toBeFocused();

    // Again, to the end: the email, the role picked with the arrows, Send invitation.
    await page.keyboard.press('Enter');
    await expect(dialog).toBeVisible();
    await expect(email).toBeFocused();
    await page.keyboard.type(invitee);
    const role = dialog.getByRole('combobox', { name: 'Role' });
    await tabTo(page, role);
    await page.keyboard.press('Enter');
    const administrator = page.getByRole('option', { name: 'Administrator', exact: true });
    await expect(administrator).toBeVisible();
    await arrowUpToOption(page, administrator);
    await page.keyboard.press('Enter');
    await expect(role).toContainText('Administrator');
    await expect(role).toBeFocused();
    await tabTo(page, dialog.getByRole('button', { name: 'Send invitation' }));
    await page.keyboard.press('Enter');
    await expect(dialog).toHaveCount(0);
    await expect(page.getByTestId('invitation-row').filter({ hasText: invitee })).toContainText('Administrator');
    await expect(inviteButton).toBeFocused();
  });

  test('top up the wallet: the amount field has the focus, Escape gives it back to "Top up", Enter pays', async ({ page, world }) => {
    const client = await world.organization('keyboard-top-up');
    await logInByKeyboard(page, client.owner);
    await openTabByKeyboard(page, 'billing');
    await expect(page.getByTestId('wallet-balance')).toHaveText(money(0, 'EUR'));

    const topUpButton = page.getByTestId('top-up-button');
    await tabTo(page, topUpButton);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Top up the wallet' });
    await expect(dialog).toBeVisible();
    const amount = dialog.getByTestId('top-up-amount');
    await expect(amount).toBeFocused();
    const stops = await tabAroundDialog(page, dialog, amount);
    expect(stops.join(' → ')).toMatch(/Cancel.*Top up/);
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(topUpButton).toBeFocused();
    await expect(page.getByTestId('wallet-balance')).toHaveText(money(0, 'EUR'));

    await page.keyboard.press('Enter');
    await expect(amount).toBeFocused();
    await page.keyboard.type('120');
    await page.keyboard.press('Enter');
    await expect(dialog).toHaveCount(0);
    await expect(page.getByTestId('wallet-balance')).toHaveText(money(12_000, 'EUR'));
    await expect(page.getByTestId('wallet-entry')).toHaveCount(1);
    await expect(topUpButton).toBeFocused();
  });

  test('every Tab stop of the members page shows its focus, in reading order', async ({ page, world }) => {
    const host = await world.organization('keyboard-focus');
    await host.addMember('USER');
    await logInByKeyboard(page, host.owner);
    await page.goto(`/org/${orgIdOf(page)}/members`);
    await expect(page.getByTestId('member-row')).toHaveCount(2);

    const stops = await everyTabStop(page);
    const trail = stops.map((s) => s.what).join('\n  ');
    // The whole page was crossed: top bar, tabs, the content's controls, the footer.
    expect(stops.length, trail).toBeGreaterThan(8);
    for (const name of ['Skip to content', 'Invite a member', 'Privacy statement']) {
      expect(trail, `${name} is a Tab stop`).toContain(name);
    }
    const unseen = stops.filter((s) => s.indicator).map((s) => `${s.what}: ${s.indicator}`);
    expect(unseen, `focus not visible at:\n  ${unseen.join('\n  ')}`).toEqual([]);
    // Reading order: a stop in the same column as the one before is never above it.
    const backwards = stepsUpward(stops);
    expect(backwards, `Tab went up:\n  ${backwards.join('\n  ')}\nstops:\n  ${trail}`).toEqual([]);
  });
  test('grant a partner access by keyboard: the wizard to two products, then "Change access" to the whole organization, and the end dialog gives the focus back', async ({ page, world }) => {
    const partnerName = PIXEL.publicName;
    const client = await world.organization('keyboard-partner', { products: ['Mail Service 5 addresses', 'kDrive Solo 1 TB', 'Domain .com'] });
    // The legal responsible: the one role that adds partners and changes their access.
    await logInByKeyboard(page, client.owner);
    await openTabByKeyboard(page, 'partners');

    // "Add a partner": a step per page, each step's heading takes the focus.
    const add = page.getByTestId('add-partner');
    await tabTo(page, add);
    await expectFocusVisible(page);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/partners\/new$/);
    const search = page.getByTestId('partner-search');
    await tabTo(page, search);
    await page.keyboard.type('Pixel');
    const result = page.getByTestId('partner-result').filter({ hasText: partnerName });
    await expect(result).toHaveCount(1);
    const radio = result.getByRole('radio');
    await tabTo(page, radio);
    await expectFocusVisible(page);
    await page.keyboard.press('Space');
    await expect(radio).toBeChecked();
    await expect(page.getByRole('status').filter({ hasText: 'Selected:' })).toHaveText(`Selected: ${partnerName}`);
    const next = page.getByTestId('add-partner-next');
    await tabTo(page, next);
    await expectFocusVisible(page);
    await page.keyboard.press('Enter');

    const accessHeading = page.getByRole('heading', { level: 2, name: `What may ${partnerName} do?` });
    await expect(accessHeading).toBeFocused();
    // The two cards are one radio group: Tab enters it, an arrow picks.
    const limited = page.getByRole('radio', { name: /Limited access/ });
    await tabTo(page, limited);
    await expectFocusVisible(page);
    await page.keyboard.press('Space');
    await expect(limited).toBeChecked();
    await tabTo(page, next);
    await page.keyboard.press('Enter');

    await expect(page.getByRole('heading', { level: 2, name: 'Which products?' })).toBeFocused();
    for (const [name, category] of [['Mail Service 5 addresses', 'Mail service'], ['kDrive Solo 1 TB', 'kDrive']] as const) {
      const opener = page.getByTestId('scope-category').filter({ hasText: category });
      await tabTo(page, opener);
      await expectFocusVisible(page);
      await page.keyboard.press('Enter');
      await expect(opener).toHaveAttribute('aria-expanded', 'true');
      const box = page.getByRole('group', { name: `${category} products` }).getByRole('checkbox', { name, exact: true });
      await tabTo(page, box);
      await expectFocusVisible(page);
      await page.keyboard.press('Space');
      await expect(box).toBeChecked();
    }
    await expect(page.getByTestId('scope-summary')).toHaveText('2 products selected');
    await tabTo(page, next);
    await page.keyboard.press('Enter');

    await expect(page.getByRole('heading', { level: 2, name: 'Check and send' })).toBeFocused();
    await expect(page.getByTestId('review-access')).toHaveText('Limited access');
    await tabTo(page, next);
    await expect(next).toHaveText('Send invitation');
    await page.keyboard.press('Enter');
    const sent = page.getByTestId('partner-invitation-sent');
    await expect(sent.getByRole('heading', { name: 'Invitation sent' })).toBeFocused();
    await tabTo(page, sent.getByRole('link', { name: 'Back to the partners' }));
    await page.keyboard.press('Enter');

    const row = page.getByTestId('partnership-row').filter({ hasText: partnerName });
    await expect(row).toHaveAttribute('data-status', 'PENDING');
    const partnershipId = (await row.getAttribute('data-partnership-id')) ?? '';
    await world.acceptForPixel(partnershipId);
    await page.reload();

    // The partnership's page: "Change access" opens the editor in its place, with the focus in it.
    const link = page.getByTestId('partnership-row').filter({ hasText: partnerName }).getByRole('link', { name: partnerName });
    await tabTo(page, link);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(partnerName);
    await expect(page.getByTestId('partnership-products').getByRole('listitem')).toHaveCount(2);
    const change = page.getByRole('button', { name: 'Change access' });
    await tabTo(page, change);
    await expectFocusVisible(page);
    await page.keyboard.press('Enter');
    const editor = page.getByTestId('scope-editor');
    await expect(editor.getByRole('heading', { name: 'Change access' })).toBeFocused();
    // Cancel gives the focus back to the button the editor replaced.
    await tabTo(page, editor.getByRole('button', { name: 'Cancel' }));
    await page.keyboard.press('Enter');
    await expect(editor).toHaveCount(0);
    await expect(change).toBeFocused();

    // Again, to the whole organization: the arrow moves the radio, then who pays, then Save.
    await page.keyboard.press('Enter');
    await expect(editor.getByRole('heading', { name: 'Change access' })).toBeFocused();
    const editLimited = editor.getByRole('radio', { name: /Limited access/ });
    await tabTo(page, editLimited);
    await expect(editLimited).toBeChecked();
    await page.keyboard.press('ArrowRight');
    await expect(editor.getByRole('radio', { name: /Complete access/ })).toBeChecked();
    await expect(editor.getByRole('heading', { name: 'Who pays for orders and renewals?' })).toBeVisible();
    const payers = editor.getByRole('radio');
    const firstPayer = payers.nth(2);
    await tabTo(page, firstPayer);
    await expectFocusVisible(page);
    await page.keyboard.press('Space');
    await expect(firstPayer).toBeChecked();
    await tabTo(page, editor.getByRole('button', { name: 'Save' }));
    await expectFocusVisible(page);
    await page.keyboard.press('Enter');
    await expect(editor).toHaveCount(0);
    await expect(page.getByTestId('partnership-access')).toHaveText('Complete access');
    await expect(change).toBeFocused();

    // The destructive dialog: focus inside on open, Escape closes it and gives the focus back.
    const end = page.getByRole('button', { name: 'End the partnership' });
    await tabTo(page, end);
    await expectFocusVisible(page);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('heading', { name: `End the partnership with ${partnerName}?` })).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'End the partnership' })).toBeFocused();
    await expectFocusVisible(page);
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(end).toBeFocused();
    await expect(page.getByTestId('partnership-status')).toHaveText('Active');

    // Tab order of the page: every stop visible, never going up a column.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(partnerName);
    const stops = await everyTabStop(page);
    const unseen = stops.filter((s) => s.indicator).map((s) => `${s.what}: ${s.indicator}`);
    expect(unseen, `focus not visible at:\n  ${unseen.join('\n  ')}`).toEqual([]);
    const backwards = stepsUpward(stops);
    expect(backwards, `Tab went up:\n  ${backwards.join('\n  ')}`).toEqual([]);
  });

  test('removing a member by keyboard: the focus goes to the next row\'s actions, and to the heading when no row has any', async ({ page, world }) => {
    const host = await world.organization('keyboard-remove');
    const first = await host.addMember('USER');
    const second = await host.addMember('USER');
    await logInByKeyboard(page, host.owner);
    await openTabByKeyboard(page, 'members');
    await expect(page.getByTestId('member-row')).toHaveCount(3);

    const removeByKeyboard = async (name: string) => {
      const menuButton = page.getByRole('button', { name: `Actions for ${name}` });
      await tabTo(page, menuButton);
      await page.keyboard.press('Enter');
      await arrowToMenuItem(page, menuItem(page, 'Remove from organization'));
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog');
      await expect(dialog.getByRole('heading', { name: `Remove ${name}?` })).toBeVisible();
      await tabTo(page, dialog.getByRole('button', { name: 'Remove', exact: true }));
      await page.keyboard.press('Enter');
      await expect(dialog).toHaveCount(0);
      await expect(page.getByTestId('member-row').filter({ hasText: name })).toHaveCount(0);
    };

    const rows = await page.getByTestId('member-row').allTextContents();
    const [upper, lower] = rows.findIndex((r) => r.includes(first.name)) < rows.findIndex((r) => r.includes(second.name)) ? [first, second] : [second, first];
    await removeByKeyboard(upper.name);
    await expect(page.getByRole('button', { name: `Actions for ${lower.name}` })).toBeFocused();
    await expectFocusVisible(page);

    await removeByKeyboard(lower.name);
    // Only the legal responsible is left, without actions of its own: the page's heading.
    await expect(page.getByRole('heading', { level: 1, name: 'Members' })).toBeFocused();
    // …from where Tab goes on into the page, not back to the top.
    await page.keyboard.press('Tab');
    expect(await focusIsInside(page.locator('main#main')), `after the heading, Tab went to ${await describeFocus(page)}`).toBe(true);
  });
});
