import { request, type FullConfig } from '@playwright/test';
import { FOUNDER_ENV, graphql, newPassword, uniqueEmail, type FounderAccount } from './world';

/**
 * Signs up the run's one "founder" through the public `signUp` mutation, after the web server is
 * up (Playwright starts it before global setup), and hands its login to the workers through the
 * environment, which they inherit.
 *
 * Why one account for the whole run: sign-ups are limited per IP address (10 an hour, no setting
 * changes it), and a run needs some thirty people. So the founder signs up once and every other
 * person is born from an invitation to the founder's organization (the "lobby"), which no limit
 * counts, then leaves it (see World.person). Nothing but the world fixture uses this account.
 */
export default async function globalSetup(config: FullConfig): Promise<void> {
  const baseURL = config.projects[0]?.use.baseURL;
  if (!baseURL) throw new Error('playwright.config.ts sets no baseURL');
  const context = await request.newContext({ baseURL });
  try {
    const email = uniqueEmail('founder');
    const password = newPassword();
    const terms = await graphql<{ termsOfUse: { version: string } }>(context, '{ termsOfUse { version } }');
    const data = await graphql<{ signUp: { organization: { id: string } } }>(
      context,
      'mutation ($input: SignUpInput!) { signUp(input: $input) { organization { id } } }',
      {
        input: {
          displayName: 'E2E Founder',
          email,
          password,
          acceptTerms: true,
          termsVersion: terms.termsOfUse.version,
          organization: {
            entityType: 'COMPANY',
            name: `E2E Lobby ${Date.now().toString(36)}`,
            country: 'CH',
            vatNumber: null,
            billingAddresses: [{ street: 'Rue du Lobby 1', postcode: '1200', city: 'Genève', country: 'CH', isDefault: true }],
          },
        },
      },
    );
    const founder: FounderAccount = { email, password, lobbyId: String(data.signUp.organization.id) };
    process.env[FOUNDER_ENV] = JSON.stringify(founder);
  } finally {
    await context.dispose();
  }
}
