import { logIn } from './support/app';
import { expect, test } from './support/world';

// The new-password field's advice in the page's language: the policy's sentence ($localize) and
// the estimator's warning and tips (zxcvbn-ts's translations, loaded for that language only).

test.describe.configure({ timeout: 120_000 });

for (const [language, warning, tip] of [
  ['de', 'Dieses Passwort ist zu leicht zu erraten: Dies weist Ähnlichkeit zu anderen oft verwendeten Passwörtern auf.', 'Weitere Wörter, die weniger häufig vorkommen, hinzufügen.'],
  ['fr', 'Ce mot de passe est trop facile à deviner : ce mot de passe est similaire à un mot de passe couramment utilisé.', 'Ajoutez des mots moins courants.'],
] as const) {
  test(`the security page's password advice in ${language}`, async ({ page, world }) => {
    await logIn(page, (await world.organization(`advice-${language}`)).owner);
    // The language chosen on this device, as the switch leaves it; the page reloads in it.
    await page.evaluate((chosen) => localStorage.setItem('mgr.language', chosen), language);
    await page.goto('/account/security');
    const field = page.locator('mgr-new-password-field input');
    await field.fill('qwertyuiopasdf');
    await expect(page.getByTestId('password-feedback')).toContainText(warning);
    await expect(page.locator('mgr-new-password-field .tips')).toContainText(tip);
    await expect(page.locator('mgr-new-password-field')).not.toContainText(/easy to guess|Add more words/u);
  });
}
