import type { Page } from '@playwright/test';
import { logIn, nextPaint, openOrgTab, screenshotsLightAndDark } from './support/app';
import { PIXEL, SARA, expect, test, uniqueSuffix, type World } from './support/world';

// Issue 11: a partner's script reaches its clients with an API token the partner made in the SPA,
// and the client sees it and shuts it out.
//
// Who plays which part: the partner is the demo's Pixel Partners through sara (its ADMIN: she
// manages organization tokens and acts for Pixel), the only listed partner; the two clients are
// this test's own, each with a COMPLETE partnership Pixel accepted. Pixel has other specs' clients
// at the same time: the token selects one client by name, and every check is about these two.
// The script is Node's own `fetch` with only `Authorization: Bearer` (no cookie, no browser).

const TOKEN_PATTERN = /^mgro_[0-9A-Za-z]{54}$/;

async function clientOfPixel(world: World, tag: string) {
  const client = await world.organization(tag);
  await world.acceptForPixel(await client.invitePartner(await world.pixelId(), { access: 'COMPLETE', billingOwner: 'CLIENT' }));
  return client;
}

/** One GraphQL request of the script: Node's fetch with the bearer header, nothing else. */
async function scriptRequest(baseURL: string, secret: string, query: string, variables: Record<string, unknown>) {
  const response = await fetch(new URL('/graphql', baseURL), {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: any; errors?: { extensions?: { code?: string } }[] };
  return { status: response.status, data: body.data, code: body.errors?.[0]?.extensions?.code };
}

const MANAGED_CLIENTS = 'query ($partner: ID!) { managedClients(partnerOrganizationId: $partner, first: 100) { totalCount edges { node { organization { id name } } } } }';
const ORGANIZATION = 'query ($id: ID!) { organization(id: $id) { id name } }';

/**
 * Light and dark, at 1280 and 390 px wide, from the top of the page (the sticky top bar would sit
 * in the middle of a full-page shot of a scrolled page); the page is left at 1280 px, light.
 */
async function screens(page: Page, name: string): Promise<void> {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: width === 1280 ? 800 : 844 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await nextPaint(page);
    await screenshotsLightAndDark(page, `${name}-${width}`);
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

test.describe('partner API tokens', () => {
  test('a read-only token for one client reaches that client only, until the client blocks it', async ({ browser, baseURL, world }) => {
    test.setTimeout(240_000);
    const [chosen, other] = await Promise.all([clientOfPixel(world, 'token-chosen'), clientOfPixel(world, 'token-other')]);
    const pixelId = await world.pixelId();
    const tokenName = `Sync ${uniqueSuffix()}`;
    const origin = String(baseURL);
    let secret = '';

    const partner = await (await browser.newContext()).newPage();
    const client = await (await browser.newContext()).newPage();

    await test.step('partner: sara opens the API tokens of Pixel and creates a read-only token for one client', async () => {
      await logIn(partner, SARA);
      await expect(partner.getByRole('heading', { level: 1 })).toHaveText(PIXEL.organizationName);
      await partner.getByTestId('org-tab-api-tokens').click();
      await expect(partner).toHaveURL(new RegExp(`/org/${pixelId}/api-tokens$`));
      await expect(partner.getByRole('heading', { level: 1, name: 'API tokens' })).toBeVisible();
      await expect(partner.getByRole('heading', { name: 'Organization tokens' })).toBeVisible();
      await expect(partner.getByRole('heading', { name: 'Your personal tokens' })).toBeVisible();

      await partner.getByTestId('create-api-token').click();
      await expect(partner.getByRole('heading', { level: 1, name: 'Create an API token' })).toBeVisible();
      await partner.getByTestId('token-name').fill(tokenName);
      // Organization token and read-only on every resource: the defaults.
      await expect(partner.getByTestId('kind-organization').getByRole('radio')).toBeChecked();
      for (const row of await partner.getByTestId('scope-row').all()) {
        await expect(row.getByRole('radio', { name: 'Read', exact: true })).toBeChecked();
      }
      await expect(partner.getByTestId('token-expiry')).toContainText('90 days');
      await partner.getByTestId('clients-selected').getByRole('radio').check();
      await partner.getByTestId('token-client-search').fill(chosen.name);
      const option = partner.getByTestId('token-client-option').filter({ hasText: chosen.name });
      await expect(option).toHaveCount(1);
      await option.getByRole('checkbox').check();
      await expect(partner.getByTestId('token-chosen-clients')).toContainText(chosen.name);
      await partner.getByTestId('token-password').fill(SARA.password);
      await screens(partner, 'api-token-create');
      await partner.getByTestId('create-token-submit').click();

      const created = partner.getByTestId('api-token-created');
      await expect(created).toContainText('you will not see it again');
      secret = (await created.getByTestId('token-secret').textContent())?.trim() ?? '';
      expect(secret).toMatch(TOKEN_PATTERN);
      await created.getByTestId('copy-token').click();
      await expect(created.getByTestId('copy-token')).toHaveText(/Copied/);
      await screens(partner, 'api-token-created');

      await partner.getByRole('link', { name: 'Back to the API tokens' }).click();
      // The created panel shows the token's row too: wait until the list has replaced it.
      await expect(created).toHaveCount(0);
      const row = partner.getByTestId('api-token-row').filter({ hasText: tokenName });
      await expect(row).toHaveCount(1);
      await expect(row).toHaveAttribute('data-status', 'ACTIVE');
      await expect(row.getByTestId('api-token-scopes')).toHaveText('Read everything');
      await expect(row.getByTestId('api-token-clients')).toHaveText(chosen.name);
      await expect(row.getByTestId('api-token-expiry')).toContainText(/in (89|90) days/);
      await expect(row.getByTestId('api-token-last-used')).toHaveText('Never');
      // The secret is nowhere on the list.
      expect(await partner.locator('main').textContent()).not.toContain(secret.slice(21));
      await screens(partner, 'api-tokens');

      // The rotation dialog, looked at and cancelled (the script keeps this secret).
      await row.getByRole('button', { name: `Actions for ${tokenName}` }).click();
      await partner.getByRole('menuitem', { name: 'Rotate' }).click();
      const dialog = partner.getByRole('dialog');
      await expect(dialog.getByRole('heading', { name: `Rotate “${tokenName}”?` })).toBeVisible();
      await screens(partner, 'api-token-rotate');
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await expect(dialog).toHaveCount(0);
    });

    await test.step('script: the token lists the chosen client and not the other', async () => {
      const listed = await scriptRequest(origin, secret, MANAGED_CLIENTS, { partner: pixelId });
      expect(listed.status).toBe(200);
      const names: string[] = listed.data.managedClients.edges.map((e: { node: { organization: { name: string } } }) => e.node.organization.name);
      expect(names).toEqual([chosen.name]);
      expect(names).not.toContain(other.name);
      expect((await scriptRequest(origin, secret, ORGANIZATION, { id: chosen.id })).data.organization.name).toBe(chosen.name);
      expect((await scriptRequest(origin, secret, ORGANIZATION, { id: other.id })).code).toBe('NOT_FOUND');
    });

    await test.step("client: its legal responsible sees the token under API access on the Partners tab and blocks it", async () => {
      await logIn(client, chosen.owner);
      await expect(client.getByRole('heading', { level: 1 })).toHaveText(chosen.name);
      await openOrgTab(client, 'partners');
      const section = client.getByTestId('api-access');
      await expect(section.getByRole('heading', { name: 'API access' })).toBeVisible();
      const row = section.getByTestId('api-access-row').filter({ hasText: tokenName });
      await expect(row).toHaveCount(1);
      await expect(row).toContainText(`${PIXEL.publicName} · Organization token`);
      await expect(row).toContainText('Read everything');
      await expect(row).toContainText(SARA.name);
      // The script's requests just now, on this organization.
      await expect(row.getByTestId('api-access-last-used')).not.toHaveText('Never');
      await screens(client, 'api-access');

      await row.getByRole('button', { name: 'Block' }).click();
      const dialog = client.getByRole('dialog');
      await expect(dialog.getByRole('heading', { name: `Block “${tokenName}” of ${PIXEL.publicName}?` })).toBeVisible();
      await dialog.getByRole('button', { name: 'Block' }).click();
      await expect(row).toHaveAttribute('data-blocked', 'true');
      await expect(row).toContainText('Blocked');
      await expect(row.getByRole('button', { name: 'Unblock' })).toBeVisible();
      await expect(client.getByText(`“${tokenName}” is blocked for your organization.`)).toBeVisible();
      await expect(client.locator('mat-snack-bar-container')).toHaveCount(0, { timeout: 15_000 });
      await screens(client, 'api-access-blocked');
    });

    await test.step("script: the next request fails", async () => {
      const refused = await scriptRequest(origin, secret, ORGANIZATION, { id: chosen.id });
      expect(refused.code).toBe('NOT_FOUND');
      expect(refused.data?.organization ?? null).toBeNull();
      const listed = await scriptRequest(origin, secret, MANAGED_CLIENTS, { partner: pixelId });
      expect(listed.data.managedClients.edges).toEqual([]);
    });

    await partner.context().close();
    await client.context().close();
  });
});
