import type { Page } from '@playwright/test';
import { ORG_URL, chooseCountry, emailField, logIn, openOrgTab, passwordField, screenshotsLightAndDark } from './support/app';
import { expect, newPassword, test, uniqueEmail, uniqueSuffix } from './support/world';

// Issue 3: signing up an organization and editing its details. Every test creates its own
// accounts with unique emails (never a demo account), so parallel workers never collide. The
// first test signs up through the form: with global-setup.ts's and languages.spec.ts's three
// journeys, the suite's five sign-ups, as sign-ups are limited per IP address (10 an hour).

const continueButton = (page: Page) => page.getByRole('button', { name: 'Continue' });
const stepHeading = (page: Page, name: string) => page.getByRole('heading', { level: 2, name });
const termsCheckbox = (page: Page) => page.getByRole('checkbox', { name: /accept the general terms of use/ });

// Whole journeys (and light/dark screenshots) on a loaded 2-core machine: more than the default 30 s.
test.describe.configure({ timeout: 90_000 });

test.describe('signing up an organization', () => {
  test('a French company signs up: a wrong VAT check digit is refused as it is typed, the valid number is stored normalized', async ({
    page,
  }) => {
    const company = `Fromagerie ${uniqueSuffix()} SAS`;
    const email = uniqueEmail('fr-signup');

    await page.goto('/signup');
    await expect(stepHeading(page, 'Who is the account for?')).toBeVisible();
    await screenshotsLightAndDark(page, 'signup-1-type');
    await page.getByTestId('entity-type-company').click();
    await expect(page.getByRole('radio', { name: /A company/ })).toBeChecked();
    await continueButton(page).click();

    await expect(stepHeading(page, 'Your company')).toBeVisible();
    await page.getByLabel('Company name').fill(company);
    // No country yet: no VAT field.
    await expect(page.getByTestId('vat-number')).toHaveCount(0);
    await chooseCountry(page.getByTestId('organization-country'), 'France');
    const address = page.getByTestId('billing-address');
    await expect(address).toHaveCount(1);
    await page.getByLabel('Street and number').fill('12 rue du Bac');
    await page.getByLabel('Postcode').fill('75007');
    await page.getByLabel('City').fill('Paris');
    // The address follows the organization's country.
    await expect(address.getByLabel('Address country')).toHaveValue('France');

    // The check digit is checked as the number is typed, before anything is submitted.
    const vat = page.getByTestId('vat-number');
    await vat.click();
    await vat.pressSequentially('FR40303265046');
    await expect(page.getByTestId('vat-error')).toHaveText(
      'FR40303265046 is not a valid VAT number in France: its check digit does not match. Look for a mistyped or swapped digit.',
    );
    await expect(page.getByTestId('vat-ok')).toHaveCount(0);
    await expect(vat).toBeFocused();
    await expect(stepHeading(page, 'Your company')).toBeVisible();
    await screenshotsLightAndDark(page, 'signup-2-company-france-vat-error');

    // Spaces are fine: the number is normalized.
    await vat.fill('');
    await vat.pressSequentially('FR 40 303 265 045');
    await expect(page.getByTestId('vat-ok')).toBeVisible();
    await expect(page.getByTestId('vat-error')).toHaveCount(0);

    await continueButton(page).click();

    await expect(stepHeading(page, 'Your account')).toBeVisible();
    await page.getByLabel('Your name').fill('Margaux Lefèvre');
    await emailField(page).fill(email);
    await passwordField(page).fill(newPassword());
    // Without the terms, nothing is sent.
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect(page.getByText('Accept the general terms of use to continue.')).toBeVisible();
    await expect(page).toHaveURL(/\/signup/);
    await termsCheckbox(page).check();
    await expect(page.getByText('Accept the general terms of use to continue.')).toHaveCount(0);
    await screenshotsLightAndDark(page, 'signup-3-account');
    await page.getByRole('button', { name: 'Create account' }).click();

    // Signed in, on the new organization's dashboard.
    await expect(page).toHaveURL(ORG_URL);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(company);
    await expect(page.getByRole('button', { name: 'Switch organization' })).toContainText(company);
    await expect(page.getByTestId('signup-error')).toHaveCount(0);

    await openOrgTab(page, 'details');
    await expect(page.getByRole('heading', { name: 'Organization details' })).toBeVisible();
    await expect(page.getByLabel('Company name')).toHaveValue(company);
    await expect(page.getByTestId('details-entity-type')).toHaveText('Company');
    await expect(page.getByTestId('organization-country')).toHaveValue('France');
    await expect(page.getByTestId('vat-number')).toHaveValue('FR40303265045');
    await expect(page.getByTestId('vat-ok')).toBeVisible();
    await expect(page.getByLabel('Street and number')).toHaveValue('12 rue du Bac');

    // The session survives a reload.
    await page.reload();
    await expect(page.getByTestId('vat-number')).toHaveValue('FR40303265045');
  });

  test('a Swiss company has no VAT field but a note saying why; an individual has neither', async ({ page }) => {
    await page.goto('/signup');
    await page.getByTestId('entity-type-company').click();
    await continueButton(page).click();
    await expect(stepHeading(page, 'Your company')).toBeVisible();

    const country = page.getByTestId('organization-country');
    await chooseCountry(country, 'France');
    await expect(page.getByTestId('vat-number')).toBeVisible();
    await expect(page.getByTestId('vat-note')).toHaveCount(0);

    await chooseCountry(country, 'Switzerland');
    await expect(page.getByTestId('vat-number')).toHaveCount(0);
    await expect(page.getByTestId('vat-note')).toHaveText(
      'Swiss companies are subject to Swiss VAT and do not benefit from the intra-Community exemption, so no EU VAT number is asked for.',
    );
    await page.getByLabel('Company name').fill('Uhrenatelier Test GmbH');
    await screenshotsLightAndDark(page, 'signup-2-company-switzerland');

    // An individual: no VAT number, and no note either, in Switzerland or in France.
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(stepHeading(page, 'Who is the account for?')).toBeVisible();
    await page.getByTestId('entity-type-individual').click();
    await continueButton(page).click();
    await expect(stepHeading(page, 'Your details')).toBeVisible();
    await expect(page.getByLabel('Full name')).toBeVisible();
    await expect(country).toHaveValue('Switzerland');
    await expect(page.getByTestId('vat-number')).toHaveCount(0);
    await expect(page.getByTestId('vat-note')).toHaveCount(0);
    await chooseCountry(country, 'France');
    await expect(page.getByTestId('vat-number')).toHaveCount(0);
    await expect(page.getByTestId('vat-note')).toHaveCount(0);
  });
});

test.describe('organization details', () => {
  test('the legal responsible adds an address, makes it the default and removes another; saving needs the terms', async ({
    page,
    world,
  }) => {
    const organization = await world.organization('addresses', {
      billingAddresses: [
        { street: '1 rue de la Paix', postcode: '75002', city: 'Paris', country: 'FR', isDefault: true },
        { street: '8 place Bellecour', postcode: '69002', city: 'Lyon', country: 'FR', isDefault: false },
      ],
    });
    await logIn(page, organization.owner);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(organization.name);
    await openOrgTab(page, 'details');
    await expect(page).toHaveURL(new RegExp(`/org/${organization.id}/details$`));

    const addresses = page.getByTestId('billing-address');
    await expect(addresses).toHaveCount(2);
    await page.getByTestId('address-add').click();
    await expect(addresses).toHaveCount(3);
    const added = addresses.nth(2);
    await added.getByLabel('Street and number').fill('12 quai des Chartrons');
    await added.getByLabel('Postcode').fill('33000');
    await added.getByLabel('City').fill('Bordeaux');
    await expect(added.getByLabel('Address country')).toHaveValue('France');
    await added.getByRole('radio', { name: 'Default' }).check();
    await expect(addresses.nth(0).getByRole('radio', { name: 'Default' })).not.toBeChecked();
    await page.getByRole('button', { name: 'Remove address 1' }).click();
    await expect(addresses).toHaveCount(2);

    // Without the terms checkbox the form is refused and nothing is sent.
    const updates: string[] = [];
    page.on('request', (r) => {
      if ((r.postData() ?? '').includes('updateOrganization')) updates.push(r.url());
    });
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByTestId('details-error')).toHaveText('Check the highlighted fields.');
    await expect(page.getByText('Accept the general terms of use to continue.')).toBeVisible();
    await expect(page.getByTestId('details-saved')).toHaveCount(0);
    expect(updates).toEqual([]);

    await termsCheckbox(page).check();
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByTestId('details-saved')).toHaveText('Saved');
    await expect(page.getByTestId('details-error')).toHaveCount(0);
    expect(updates).toHaveLength(1);

    await page.reload();
    await expect(addresses).toHaveCount(2);
    const streets = await Promise.all([0, 1].map((i) => addresses.nth(i).getByLabel('Street and number').inputValue()));
    expect([...streets].sort()).toEqual(['12 quai des Chartrons', '8 place Bellecour']);
    const chartrons = streets.indexOf('12 quai des Chartrons');
    await expect(addresses.nth(chartrons).getByRole('radio', { name: 'Default' })).toBeChecked();
    await expect(addresses.nth(1 - chartrons).getByRole('radio', { name: 'Default' })).not.toBeChecked();
    await expect(addresses.nth(chartrons).getByLabel('City')).toHaveValue('Bordeaux');
    // The terms are asked again for every save, and the box says why.
    await expect(termsCheckbox(page)).not.toBeChecked();
    await expect(page.getByTestId('accept-terms-reason')).toHaveText(
      'Asked at every save: by saving, you confirm under the current terms that these details, which appear on your invoices, are correct.',
    );
    await screenshotsLightAndDark(page, 'organization-details-terms-reason');

    // The activity tells what changed.
    await openOrgTab(page, 'activity');
    const events = page.getByTestId('audit-event');
    await expect(events.filter({ hasText: /Added the billing address .*12 quai des Chartrons/ })).toHaveCount(1);
    await expect(events.filter({ hasText: /Removed the billing address .*1 rue de la Paix/ })).toHaveCount(1);
    await expect(events.filter({ hasText: 'Accepted the general terms of use' }).first()).toBeVisible();
  });

  test('a rename shows in the top bar at once: the shell reads the account again after a change', async ({ page, world }) => {
    // The shell reads without Apollo's cache (the first screen stays light): a page's change must still reach it.
    const organization = await world.organization('rename');
    await logIn(page, organization.owner);
    const switcher = page.getByRole('button', { name: 'Switch organization' });
    await expect(switcher).toContainText(organization.name);
    await openOrgTab(page, 'details');
    const renamed = `${organization.name} Renamed`;
    await page.getByLabel('Company name').fill(renamed);
    await termsCheckbox(page).check();
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByTestId('details-saved')).toHaveText('Saved');
    await expect(switcher).toContainText(renamed);
    await switcher.click();
    await expect(page.getByTestId('org-option')).toHaveText([new RegExp(renamed)]);
    await page.keyboard.press('Escape');
    await openOrgTab(page, 'dashboard');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(renamed);
  });
});
