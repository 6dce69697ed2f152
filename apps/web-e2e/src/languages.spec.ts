import type { Browser, Page } from '@playwright/test';
import { chooseCountry, expectDark, expectLight, nextPaint, openOrgTab, openUserMenu, orgIdOf, ORG_URL } from './support/app';
import { openTab } from './support/billing';
import { serverText, spaText, type TranslatedLanguage } from './support/i18n';
import { pdfText } from './support/pdf-text';
import { PIXEL, awaitEmail, expect, graphql, newPassword, Organization, Person, test, uniqueEmail, uniqueSuffix, type Account, type World } from './support/world';

/**
 * The SPA in English, French, German and Italian, one build for all: the translations load before
 * bootstrap (apps/web/src/main.ts), the switch reloads the page in the language chosen.
 * The first tests check the language infrastructure's own texts (the switch's label, the shell's
 * account menu); the journeys read every other text from the product's translations and server
 * catalogs (support/i18n.ts), so a changed translation changes what they expect.
 */

const SWITCH_LABEL = { en: 'Language', fr: 'Langue', de: 'Sprache', it: 'Lingua' } as const;
const USER_MENU = { en: 'User menu', fr: 'Menu du compte', de: 'Kontomenü', it: 'Menu dell’account' } as const;
type Lang = keyof typeof SWITCH_LABEL;

function languageSwitch(page: Page) {
  return page.getByTestId('language-switch');
}

async function expectLanguage(page: Page, language: Lang): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('lang', language);
  await expect(page.getByRole('combobox', { name: SWITCH_LABEL[language], exact: true })).toHaveValue(language);
}

/** Signs the page's context in through the API (language-neutral: no login form texts), then opens the organization. */
async function signIn(page: Page, account: Account, orgId: string): Promise<void> {
  await graphql(page.request, 'mutation ($input: LoginInput!) { login(input: $input) { user { id } } }', { input: { email: account.email, password: account.password } });
  await page.goto(`/org/${orgId}`);
  await expect(page).toHaveURL(ORG_URL);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

/** Whether the API on this branch has `setLanguage` yet (the api-i18n helper's mutation). */
async function apiSavesLanguage(page: Page): Promise<boolean> {
  const response = await page.request.post('/graphql', {
    data: { query: 'mutation { setLanguage(language: FR) { id } }' },
    headers: { 'content-type': 'application/json' },
  });
  const body = (await response.json()) as { errors?: { message: string }[] };
  return !(body.errors ?? []).some((e) => /Cannot query field "setLanguage"/.test(e.message));
}

test.describe('languages', () => {
  test('the login page in each language through the switch, kept after a reload', async ({ page }) => {
    // The catalog is requested once per start: index.html preloads it, main.ts's fetch takes that response.
    const catalogRequests: string[] = [];
    page.on('request', (request) => /\/i18n\/\w+\.json$/.test(request.url()) && catalogRequests.push(new URL(request.url()).pathname));
    await page.goto('/login');
    await expectLanguage(page, 'en');
    for (const language of ['fr', 'de', 'it', 'en'] as const) {
      await Promise.all([page.waitForEvent('load'), languageSwitch(page).selectOption(language)]);
      await expectLanguage(page, language);
      await page.reload();
      await expectLanguage(page, language);
    }
    // English is the source: nothing to load.
    expect(catalogRequests).toEqual(['/i18n/fr.json', '/i18n/fr.json', '/i18n/de.json', '/i18n/de.json', '/i18n/it.json', '/i18n/it.json']);
  });

  test('a signed-in person switches language in the account menu: kept after a reload and on the account', async ({ page, browser, world }) => {
    test.fixme(!(await apiSavesLanguage(page)), 'setLanguage(language: Language!) is not in the API on this branch yet (api-i18n helper)');
    const org = await world.organization('languages', { country: 'CH' });
    await signIn(page, org.owner, org.id);
    await openUserMenu(page);
    await Promise.all([page.waitForEvent('load'), page.getByRole('menuitemradio', { name: 'Deutsch' }).click()]);
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(page.getByRole('button', { name: USER_MENU.de })).toBeVisible();
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    const saved = await graphql<{ me: { language: string | null } }>(page.request, '{ me { language } }');
    expect(saved.me.language).toBe('DE');

    // Another device (no language stored, an English browser): the account's language follows after sign-in.
    const other = await browser.newContext();
    const otherPage = await other.newPage();
    await signIn(otherPage, org.owner, org.id);
    await expect(otherPage.locator('html')).toHaveAttribute('lang', 'de');
    await expect(otherPage.getByRole('button', { name: USER_MENU.de })).toBeVisible();
    await other.close();
  });

  test('the dashboard in French, German and Italian at phone width, light and dark (screenshots)', async ({ browser, world }, testInfo) => {
    const org = await world.organization('languages', { country: 'CH', products: ['Web Hosting Starter', 'Domain .ch', 'kChat Business'] });
    for (const language of ['fr', 'de', 'it'] as const) {
      const page = await phonePage(browser, language);
      await signIn(page, org.owner, org.id);
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await expect(page.getByRole('button', { name: USER_MENU[language] })).toBeVisible();
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await (scheme === 'dark' ? expectDark(page) : expectLight(page));
        await nextPaint(page);
        await testInfo.attach(`dashboard-${language}-390-${scheme}.png`, { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
      }
      await page.context().close();
    }
  });

  for (const language of ['fr', 'it'] as const) {
    test(`the journey in ${language}: sign up, invite a member, grant a partner access, the emails on /dev/emails`, async ({ browser, world }) => {
      test.setTimeout(120_000);
      await journey(browser, world, language);
    });
  }

  test('the journey in de: sign up, invite a member, grant a partner access, the emails on /dev/emails, an invoice PDF', async ({ browser, world }) => {
    test.setTimeout(120_000);
    await journey(browser, world, 'de', (page, owner, company) => invoicePdfInGerman(page, world, owner, company));
  });
});

async function phonePage(browser: Browser, language: Lang): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  // The language chosen on this device before the first load, as the switch leaves it.
  await context.addInitScript((chosen) => localStorage.setItem('mgr.language', chosen), language);
  return context.newPage();
}

const MEMBER_INVITATION_CATALOG = 'libs/api/organizations/src/lib/invitations/invitation-email.catalog.ts';
const PARTNERSHIP_CATALOG = 'libs/api/partners/src/lib/emails/partnership-emails.catalog.ts';
const INVOICE_PDF_CATALOG = 'libs/api/billing/src/lib/pdf/invoice-pdf.catalog.ts';

/** Whether a GraphQL response answers the operation `name` (the SPA's requests carry their operation's text). */
function answers(name: string) {
  return (response: { url(): string; request(): { postData(): string | null } }) =>
    response.url().endsWith('/graphql') && (response.request().postData() ?? '').includes(name);
}

/**
 * One person's journey in `language`, every word looked up in the product's own translations:
 * the language chosen on the login page's switch, sign-up through the SPA, a member invited and
 * Pixel Partners granted complete access through the SPA (sara accepts through the API), the
 * emails of the journey read on the developer outbox; then `thenInTheSameBrowser`, signed in still.
 */
async function journey(
  browser: Browser,
  world: World,
  language: TranslatedLanguage,
  thenInTheSameBrowser?: (page: Page, owner: Account, company: string) => Promise<void>,
): Promise<void> {
  const t = (id: string, ...values: string[]) => spaText(language, id, ...values);
  const heading = (page: Page, id: string, level: number) => page.getByRole('heading', { level, name: t(id), exact: true });
  const context = await browser.newContext();
  const page = await context.newPage();
  const company = `Atelier ${uniqueSuffix()} AG`;
  const owner = { email: uniqueEmail(`journey-${language}`), name: `Noé ${uniqueSuffix()}`, password: newPassword() };
  const invitee = uniqueEmail(`journey-${language}-invitee`);

  try {
    await test.step('the language is chosen on the login page, the person signs up in it', async () => {
      await page.goto('/login');
      await Promise.all([page.waitForEvent('load'), languageSwitch(page).selectOption(language)]);
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await page.goto('/signup');
      await expect(page.getByRole('heading', { level: 1, name: t('organizations.signup.title') })).toBeVisible();
      await expect(heading(page, 'organizations.signup.heading.type', 2)).toBeVisible();
      await page.getByTestId('entity-type-company').click();
      await page.getByRole('button', { name: t('organizations.form.continue') }).click();

      await expect(heading(page, 'organizations.signup.heading.company', 2)).toBeVisible();
      await page.getByRole('textbox', { name: t('organizations.fields.companyName'), exact: true }).fill(company);
      // Country names come from Intl.DisplayNames in the display language ("Suisse", "Schweiz", "Svizzera").
      await chooseCountry(page.getByTestId('organization-country'), new Intl.DisplayNames([language], { type: 'region' }).of('CH') ?? 'CH');
      await page.getByRole('textbox', { name: t('organizations.addresses.street'), exact: true }).fill('Bahnhofstrasse 1');
      await page.getByRole('textbox', { name: t('organizations.addresses.postcode'), exact: true }).fill('8001');
      await page.getByRole('textbox', { name: t('organizations.addresses.city'), exact: true }).fill('Zürich');
      await page.getByRole('button', { name: t('organizations.form.continue') }).click();

      await expect(heading(page, 'organizations.signup.heading.account', 2)).toBeVisible();
      await page.getByRole('textbox', { name: t('organizations.signup.name'), exact: true }).fill(owner.name);
      await page.getByRole('textbox', { name: t('organizations.signup.email'), exact: true }).fill(owner.email);
      await page.getByLabel(t('ui.newPassword.label'), { exact: true }).fill(owner.password);
      await page.getByTestId('accept-terms').getByRole('checkbox').check();
      const signedUp = page.waitForResponse(answers('signUp'));
      await page.getByRole('button', { name: t('organizations.signup.submit') }).click();
      expect((await signedUp).ok()).toBe(true);
      await expect(page).toHaveURL(ORG_URL);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(company);
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      // The account keeps the language it signed up in (signUp sends it).
      const saved = await graphql<{ me: { language: string | null } }>(page.request, '{ me { language } }');
      expect(saved.me.language).toBe(language.toUpperCase());
      await expect(page.getByRole('button', { name: USER_MENU[language] })).toBeVisible();
    });

    await test.step('the legal responsible invites a member', async () => {
      await openOrgTab(page, 'members');
      await expect(heading(page, 'members.heading', 1)).toBeVisible();
      await page.getByRole('button', { name: t('members.invite.open') }).click();
      const dialog = page.getByRole('dialog', { name: t('members.invite.title') });
      await expect(dialog).toBeVisible();
      await dialog.getByRole('textbox', { name: t('members.invite.email'), exact: true }).fill(invitee);
      const invited = page.waitForResponse(answers('inviteMember'));
      await dialog.getByRole('button', { name: t('members.invite.submit') }).click();
      expect((await invited).ok()).toBe(true);
      await expect(dialog).toHaveCount(0);
      await expect(page.getByTestId('invitation-row').filter({ hasText: invitee })).toHaveCount(1);
    });

    let partnershipId = '';
    await test.step('the legal responsible grants Pixel Partners complete access, the client paying', async () => {
      await openOrgTab(page, 'partners');
      await expect(heading(page, 'partners.list.heading', 1)).toBeVisible();
      await page.getByTestId('add-partner').click();
      await expect(heading(page, 'partners.addPartner.partner.heading', 2)).toBeVisible();
      await page.getByTestId('partner-search').fill('Pixel');
      await page.getByTestId('partner-result').filter({ hasText: PIXEL.publicName }).click();
      const next = page.getByTestId('add-partner-next');
      await expect(next).toHaveText(t('partners.addPartner.continue'));
      await next.click();
      await expect(page.getByRole('heading', { level: 2, name: t('partners.addPartner.access.heading', PIXEL.publicName), exact: true })).toBeVisible();
      await page.getByTestId('access-card-complete').click();
      await next.click();
      await expect(heading(page, 'partners.whoPaysHeading', 2)).toBeVisible();
      await page.getByTestId('billing-owner-client').click();
      await next.click();
      await expect(heading(page, 'partners.addPartner.step.review', 2)).toBeVisible();
      await expect(next).toHaveText(t('partners.addPartner.send'));
      const granted = page.waitForResponse(answers('grantPartnerAccess'));
      await next.click();
      expect((await granted).ok()).toBe(true);
      const sent = page.getByTestId('partner-invitation-sent');
      await expect(sent.getByRole('heading', { name: t('partners.addPartner.sent.heading') })).toBeVisible();
      await sent.getByRole('link', { name: t('partners.addPartner.backToPartners') }).click();
      const pending = page.getByTestId('partnership-row').filter({ hasText: PIXEL.publicName });
      await expect(pending).toHaveAttribute('data-status', 'PENDING');
      partnershipId = (await pending.getAttribute('data-partnership-id')) ?? '';
      expect(partnershipId).not.toBe('');
      await world.acceptForPixel(partnershipId);
    });

    await test.step('the emails of the journey are in that language', async () => {
      const invitation = await awaitEmail(page.request, invitee, 'the member invitation', (email) =>
        email.kind === 'MEMBER_INVITATION' && email.subject.includes(company) ? email : null,
      );
      const names = { inviter: owner.name, organization: company, role: 'USER' };
      expect(invitation.subject).toBe(serverText(MEMBER_INVITATION_CATALOG, language, 'subject', names));
      expect(invitation.text_body).toContain(serverText(MEMBER_INVITATION_CATALOG, language, 'invited', names));
      expect(invitation.text_body).toContain(serverText(MEMBER_INVITATION_CATALOG, language, 'ignoreText'));

      const accepted = await awaitEmail(page.request, owner.email, 'the partnership accepted', (email) => (email.kind === 'PARTNERSHIP_ACCEPTED' ? email : null));
      expect(accepted.subject).toBe(serverText(PARTNERSHIP_CATALOG, language, 'acceptedSubject', { partner: PIXEL.publicName, client: company }));
      expect(accepted.text_body).toContain(serverText(PARTNERSHIP_CATALOG, language, 'acceptedToClient'));
      expect(accepted.text_body).toContain(serverText(PARTNERSHIP_CATALOG, language, 'access', { access: 'COMPLETE' }));

      // The developer page a person reads them on shows the same subjects.
      const outbox = await context.newPage();
      await outbox.goto(`/dev/emails?to=${encodeURIComponent(owner.email)}`);
      await expect(outbox.getByRole('heading', { level: 2, name: accepted.subject, exact: true })).toBeVisible();
      await outbox.close();
    });

    await thenInTheSameBrowser?.(page, owner, company);
  } finally {
    await context.close();
  }
}

/** The German-speaking legal responsible downloads an invoice PDF (of an order placed through the API in the page's session): it reads in German. */
async function invoicePdfInGerman(page: Page, world: World, owner: Account, company: string): Promise<void> {
  await test.step('an invoice PDF, downloaded by the German-speaking legal responsible, reads in German', async () => {
    // The SPA's order dialog is billing.spec.ts's journey: here the order only makes an invoice.
    const person = new Person(world, owner.email, owner.name, owner.password, page.request);
    await new Organization(world, orgIdOf(page), company, 'CHF', person).order('Domain .ch');
    await openTab(page, 'billing');
    await expect(page.getByRole('heading', { level: 1, name: spaText('de', 'billing.page.heading'), exact: true })).toBeVisible();
    const invoice = page.getByTestId('invoice-row');
    await expect(invoice).toHaveCount(1);
    const href = String(await invoice.getByTestId('invoice-pdf-link').getAttribute('href'));
    // The browser context asks for en-GB: the account's saved German wins.
    const pdf = await page.request.get(href);
    expect(pdf.status()).toBe(200);
    const body = await pdf.body();
    const text = await pdfText(body);
    for (const key of ['title', 'billTo', 'description', 'unitPrice', 'subtotal']) {
      expect(text).toContain(serverText(INVOICE_PDF_CATALOG, 'de', key));
    }
    // Tagged with its language (for screen readers), the regional one of a Swiss organization.
    expect(body.toString('latin1')).toMatch(/\/Lang \(de-CH\)/);
  });
}
