import { expect, type Locator, type Page } from '@playwright/test';

/** The seeded demo data (tools/demo-seed): every demo account shares this password. */
export const DEMO_PASSWORD = 'demo-password';

export const USERS = {
  alice: { email: 'alice@muller-chocolat.ch', name: 'Alice Müller' },
  bruno: { email: 'bruno@muller-chocolat.ch', name: 'Bruno Keller' },
  chloe: { email: 'chloe@muller-chocolat.ch', name: 'Chloé Favre' },
  hugo: { email: 'hugo@boulangerie-martin.fr', name: 'Hugo Bernard' },
  ines: { email: 'ines@boulangerie-martin.fr', name: 'Inès Petit' },
  lea: { email: 'lea@lea-rossi.photo', name: 'Léa Rossi' },
  paul: { email: 'paul@pixel-partners.ch', name: 'Paul Meier' },
} as const;

export type DemoUser = (typeof USERS)[keyof typeof USERS];

export const ORGS = {
  muller: 'Chocolaterie Müller AG',
  martin: 'Boulangerie Martin SAS',
  rossi: 'Léa Rossi',
  pixel: 'Pixel Partners Sàrl',
} as const;

/** /org/<uuid>, capturing the id. */
export const ORG_URL = /\/org\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:[/?#]|$)/;

export function orgIdOf(page: Page): string {
  const match = ORG_URL.exec(page.url());
  if (!match) throw new Error(`not on an organization page: ${page.url()}`);
  return match[1];
}

export function emailField(page: Page): Locator {
  return page.getByLabel('Email');
}

export function passwordField(page: Page): Locator {
  return page.getByLabel('Password');
}

/** Logs in through the form and waits for the dashboard the app lands on. */
export async function logIn(page: Page, user: DemoUser, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await emailField(page).fill(user.email);
  await passwordField(page).fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page).toHaveURL(ORG_URL);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

export function productRows(page: Page): Locator {
  return page.getByTestId('product-row');
}

export async function openUserMenu(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'User menu' }).click();
  await expect(page.getByRole('menuitem', { name: 'Log out' })).toBeVisible();
}

export async function switchOrganization(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Switch organization' }).click();
  await page.getByRole('menuitem', { name: new RegExp(`^${escapeRegExp(name)}`) }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

export async function logOut(page: Page): Promise<void> {
  await openUserMenu(page);
  await page.getByRole('menuitem', { name: 'Log out' }).click();
  await expect(page).toHaveURL(/\/change-user$/);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
