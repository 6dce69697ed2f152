import { expect, test } from './support/world';

// The new-password field's advice in the page's language: the policy's sentence ($localize) and
// the estimator's warning and tips (zxcvbn-ts's translations, loaded for that language only).

for (const [language, warning, tip] of [
  ['de', 'Dieses Passwort ist zu leicht zu erraten: Dies weist Ähnlichkeit zu anderen oft verwendeten Passwörtern auf.', 'Weitere Wörter, die weniger häufig vorkommen, hinzufügen.'],
  ['fr', 'Ce mot de passe est trop facile à deviner : ce mot de passe est similaire à un mot de passe couramment utilisé.', 'Ajoutez des mots moins courants.'],
] as const) {
  test(`the sign-up page's password advice in ${language}`, async ({ browser }) => {
    const context = await browser.newContext();
    await context.addInitScript((chosen) => localStorage.setItem('mgr.language', chosen), language);
    const page = await context.newPage();
    await page.goto('/signup');
    const field = page.locator('mgr-new-password-field input');
    await field.fill('qwertyuiopasdf');
    const feedback = page.getByTestId('password-feedback');
    await expect(feedback).toContainText(warning);
    await expect(page.locator('mgr-new-password-field .tips')).toContainText(tip);
    await expect(page.locator('mgr-new-password-field')).not.toContainText(/easy to guess|Add more words/u);
    await context.close();
  });
}
