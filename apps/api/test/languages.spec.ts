import { randomUUID } from 'node:crypto';
import { CURRENT_TERMS_VERSION } from '@manager/domain';
import { Fixtures, PASSWORD } from './support/fixtures';
import { errorCode, type GraphQLResponse, type GraphQLTestClient } from './support/graphql-client';
import { startTestServer, type TestServer } from './support/test-server';

/**
 * The language of the answers: the signed-in person's saved preference, else Accept-Language,
 * else English; `setLanguage` saves it, `signUp` starts with it. Error messages are translated,
 * their `extensions` (code, field) never change.
 */

const ME = `{ me { id language } }`;
const SET_LANGUAGE = `mutation($language: Language!) { setLanguage(language: $language) { id language } }`;
const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { user { id language } } }`;
const MEMBERSHIP = `query($id: ID!) { organization(id: $id) { id } }`;

function signUpInput(overrides: Record<string, unknown> = {}) {
  return {
    displayName: 'Ada Lovelace',
    email: `ada-${randomUUID()}@example.test`,
    password: PASSWORD,
    acceptTerms: true,
    termsVersion: CURRENT_TERMS_VERSION,
    organization: {
      name: 'Ada SA',
      entityType: 'COMPANY',
      country: 'CH',
      billingAddresses: [{ street: 'Rue du Lac 1', postcode: '1000', city: 'Lausanne', country: 'CH', isDefault: true }],
    },
    ...overrides,
  };
}

const firstError = (response: GraphQLResponse) => response.errors?.[0] as { message: string; extensions?: Record<string, unknown> } | undefined;

describe('languages: preference, Accept-Language, translated errors', () => {
  let server: TestServer;
  let fixtures: Fixtures;

  beforeAll(async () => {
    server = await startTestServer();
    fixtures = new Fixtures(server.dataSource);
  });
  afterAll(() => server.close());
  beforeEach(() => server.reset());

  const wrongLogin = (client: GraphQLTestClient, language?: string) =>
    client.request(`mutation($input: LoginInput!) { login(input: $input) { user { id } } }`, { input: { email: 'nobody@example.test', password: 'wrong password!' } }, language ? { 'accept-language': language } : {});

  it('answers an error in the language of Accept-Language, with the same code; English by default', async () => {
    const expected = {
      en: 'Incorrect email or password.',
      fr: 'Adresse e-mail ou mot de passe incorrect.',
      de: 'E-Mail-Adresse oder Passwort ist falsch.',
      it: 'Indirizzo e-mail o password non corretti.',
    };
    for (const [header, language] of [['fr-CH,fr;q=0.9,en;q=0.5', 'fr'], ['de-CH', 'de'], ['it', 'it'], [undefined, 'en'], ['ja', 'en']] as const) {
      const response = await wrongLogin(server.client(), header);
      expect(errorCode(response)).toBe('UNAUTHENTICATED');
      expect(firstError(response)?.message).toBe(expected[language]);
    }
  });

  it('answers a request with an API token in the language of its Accept-Language', async () => {
    const response = await server.client().request(`{ currentApiToken { id } }`, undefined, { authorization: 'Bearer mgro_not-a-real-token', 'accept-language': 'fr-CH' });
    expect(errorCode(response)).toBe('UNAUTHENTICATED');
    expect(firstError(response)?.message).toBe('Ce jeton d’API n’est pas valide. Vérifiez qu’il a été copié en entier, ou créez-en un nouveau.');
  });

  it('translates input validation and keeps the field', async () => {
    const response = await server.client().request(SIGN_UP, { input: signUpInput({ email: 'not-an-address' }) }, { 'accept-language': 'de-CH' });
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(firstError(response)?.extensions?.['field']).toBe('email');
    expect(JSON.stringify(response.errors)).not.toMatch(/Enter a valid/u);
    expect(firstError(response)?.message).toBe('Geben Sie eine gültige E-Mail-Adresse ein, z. B. ada@example.com.');
  });

  it('translates operation limits and file-route errors', async () => {
    const aliases = `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
    const limited = await server.client().request(aliases, undefined, { 'accept-language': 'fr' });
    expect(errorCode(limited)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(firstError(limited)?.message).toBe('Cette opération utilise 16 alias ; la limite est de 15.');
    // Refused before any request context: Accept-Language decides.
    const route = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'accept-language': 'it-CH' }, body: '{not json' });
    const body = (await route.json()) as { code: string; message: string; errors: { message: string; extensions: { code: string } }[] };
    expect(route.status).toBe(400);
    expect(body.code).toBe('BAD_REQUEST');
    const italian = 'Il corpo della richiesta non è un oggetto JSON. Invii {"query": "…", "variables": {…}}.';
    expect(body.message).toBe(italian);
    expect(body.errors[0]).toEqual({ message: italian, extensions: { code: 'BAD_REQUEST' } });
    const download = await fetch(`${server.url}/invoices/${randomUUID()}.pdf`, { headers: { 'accept-language': 'de' } });
    expect(download.status).toBe(401);
    expect(await download.json()).toMatchObject({ code: 'UNAUTHENTICATED', message: 'Melden Sie sich an, um Rechnungen herunterzuladen.' });
  });

  it('saves the language with setLanguage; the saved one wins over Accept-Language', async () => {
    const user = await fixtures.user({ email: 'lea@example.test' });
    const browser = server.client();
    await browser.login('lea@example.test', PASSWORD);
    expect(await browser.data(ME)).toEqual({ me: { id: user.id, language: null } });

    expect(await browser.data(SET_LANGUAGE, { language: 'IT' })).toEqual({ setLanguage: { id: user.id, language: 'IT' } });
    expect(await browser.data(ME)).toEqual({ me: { id: user.id, language: 'IT' } });
    const [row] = await server.dataSource.query(`SELECT language FROM app_user WHERE id = $1`, [user.id]);
    expect(row.language).toBe('it');

    // A NOT_FOUND in Italian, though the browser asks for French.
    const missing = await browser.request(MEMBERSHIP, { id: randomUUID() }, { 'accept-language': 'fr' });
    expect(errorCode(missing)).toBe('NOT_FOUND');
    expect(firstError(missing)?.message).toBe('Organizzazione non trovata.');

    // File routes too: the invoice download's NOT_FOUND, in Italian.
    const download = await fetch(`${server.url}/invoices/${randomUUID()}.pdf`, {
      headers: { 'accept-language': 'fr', cookie: `session=${browser.cookies.get('session')}` },
    });
    expect(download.status).toBe(404);
    expect(await download.json()).toMatchObject({ code: 'NOT_FOUND', message: 'Fattura non trovata.' });

    // The mutation's own errors already speak the new language.
    await browser.data(SET_LANGUAGE, { language: 'DE' });
    const again = await browser.request(MEMBERSHIP, { id: randomUUID() }, { 'accept-language': 'fr' });
    expect(firstError(again)?.message).toBe('Organisation nicht gefunden.');
  });

  it('refuses setLanguage with a coded error for an unknown language and for nobody signed in', async () => {
    await fixtures.user({ email: 'lea@example.test' });
    const browser = server.client();
    await browser.login('lea@example.test', PASSWORD);
    const unknown = await browser.request(SET_LANGUAGE, { language: 'XX' });
    expect(errorCode(unknown)).toBe('BAD_USER_INPUT');
    const inline = await browser.request(`mutation { setLanguage(language: KLINGON) { id } }`);
    expect(errorCode(inline)).toBe('GRAPHQL_VALIDATION_FAILED');
    const [row] = await server.dataSource.query(`SELECT language FROM app_user WHERE email = 'lea@example.test'`);
    expect(row.language).toBeNull();

    const anonymous = await server.client().request(SET_LANGUAGE, { language: 'FR' }, { 'accept-language': 'fr' });
    expect(errorCode(anonymous)).toBe('UNAUTHENTICATED');
    expect(firstError(anonymous)?.message).toBe('Connectez-vous pour continuer.');
  });

  it('saves the language chosen at sign-up, else the one of Accept-Language', async () => {
    const chosen = server.client();
    const withLanguage = await chosen.data(SIGN_UP, { input: signUpInput({ language: 'FR' }) });
    expect(withLanguage['signUp'].user.language).toBe('FR');
    expect((await chosen.data(ME))['me'].language).toBe('FR');

    const browser = server.client();
    const response = await browser.request(SIGN_UP, { input: signUpInput() }, { 'accept-language': 'de-CH,de;q=0.9' });
    expect(response.errors).toBeUndefined();
    expect((response.data as any).signUp.user.language).toBe('DE');
  });
});
