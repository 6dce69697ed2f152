import { randomUUID } from 'node:crypto';
import { CURRENT_TERMS_VERSION } from '@manager/domain';
import { Fixtures, PASSWORD } from './support/fixtures';
import { errorCode, type GraphQLResponse } from './support/graphql-client';
import { startTestServer, type TestServer } from './support/test-server';

/**
 * graphql-js's own refusals (parse, validation, variable coercion), Apollo's (CSRF, a body that is
 * no GraphQL request, a method it does not serve) and the password estimator's advice reach the
 * caller in their language — the saved preference, else Accept-Language — with `extensions`
 * (code, field), `locations` and the HTTP status exactly as in English.
 */

type Refusal = { message: string; locations?: unknown; path?: unknown; extensions?: Record<string, unknown> };
const first = (response: GraphQLResponse) => response.errors?.[0] as Refusal;
/** Everything of an error but its message: what a translation must not change. */
const shape = ({ message: _message, ...rest }: Refusal) => rest;

const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { user { id } } }`;

function signUpInput(overrides: Record<string, unknown> = {}) {
  return {
    displayName: 'Lea Muster',
    email: `lea-${randomUUID()}@example.test`,
    password: PASSWORD,
    acceptTerms: true,
    termsVersion: CURRENT_TERMS_VERSION,
    organization: {
      name: 'Muster AG',
      entityType: 'COMPANY',
      country: 'CH',
      billingAddresses: [{ street: 'Bahnhofstrasse 1', postcode: '8001', city: 'Zürich', country: 'CH', isDefault: true }],
    },
    ...overrides,
  };
}

describe('graphql-js, Apollo and password refusals in the caller’s language', () => {
  let server: TestServer;
  let fixtures: Fixtures;

  beforeAll(async () => {
    server = await startTestServer();
    fixtures = new Fixtures(server.dataSource);
  });
  afterAll(() => server.close());
  beforeEach(() => server.reset());

  /** The same request in English and in `language`: the translated error and the English one. */
  async function both(query: string, variables: Record<string, unknown> | undefined, language: string) {
    const english = await server.client().request(query, variables);
    const translated = await server.client().request(query, variables, { 'accept-language': language });
    expect(translated.status).toBe(english.status);
    expect(translated.errors?.map(shape)).toEqual(english.errors?.map(shape));
    return { english: first(english), translated: first(translated), response: translated };
  }

  it('translates validation errors; code and locations unchanged', async () => {
    const { english, translated, response } = await both('{ nope }', undefined, 'fr-CH');
    expect(english.message).toMatch(/^Cannot query field "nope" on type "Query"\./u);
    expect(translated.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(translated.locations).toEqual([{ line: 1, column: 3 }]);
    expect(translated.message).toMatch(/^Impossible de demander le champ "nope" sur le type "Query"\./u);
    expect(response.headers.get('content-language')).toBe('fr');

    const unknownArgument = await both('{ me(nope: 1) { id } }', undefined, 'it');
    expect(unknownArgument.translated.message).toMatch(/^Argomento "nope" sconosciuto sul campo "Query\.me"\./u);
    const subfields = await both('{ me }', undefined, 'de');
    expect(subfields.english.message).toMatch(/must have a selection of subfields/u);
    expect(subfields.translated.message).toMatch(/^Das Feld "me" des Typs "[^"]+" braucht eine Auswahl von Unterfeldern\. Meinten Sie "me \{ \.\.\. \}"\?$/u);
  });

  it('translates syntax errors; GRAPHQL_PARSE_FAILED and the location unchanged', async () => {
    const { english, translated } = await both('{ me { id }', undefined, 'de-CH');
    expect(english.message).toBe('Syntax Error: Expected Name, found <EOF>.');
    expect(translated.extensions?.['code']).toBe('GRAPHQL_PARSE_FAILED');
    expect(translated.message).toBe('Syntaxfehler: Name erwartet, <EOF> gefunden.');
  });

  it('translates variable errors with the names they quote; BAD_USER_INPUT and field unchanged', async () => {
    const missing = await both('query($id: ID!) { organization(id: $id) { id } }', undefined, 'it');
    expect(missing.translated.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(missing.translated.message).toBe('La variabile "$id" di tipo obbligatorio "ID!" non è stata fornita.');

    // The operation guard's message around graphql-js's coercion error: both parts translated.
    const { displayName: _left, ...withoutName } = signUpInput();
    const coercion = await both(SIGN_UP, { input: withoutName }, 'fr');
    expect(coercion.english.message).toBe('Variable "$input" got an invalid value at "input.displayName"; Field "displayName" of required type "String!" was not provided.');
    expect(coercion.translated.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'displayName' });
    expect(coercion.translated.message).toBe(
      'La variable "$input" a reçu une valeur non valide à "input.displayName" ; Le champ "displayName" de type obligatoire "String!" n’a pas été fourni.',
    );

    const wrongType = await both('query($id: ID!) { organization(id: $id) { id } }', { id: true }, 'de');
    expect(wrongType.english.message).toBe('Variable "$id" got an invalid value; ID cannot represent value: true');
    expect(wrongType.translated.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(wrongType.translated.message).toBe('Die Variable "$id" hat einen ungültigen Wert erhalten; ID kann diesen Wert nicht darstellen: true');
  });

  it('speaks the saved preference over Accept-Language', async () => {
    await fixtures.user({ email: 'lea@example.test' });
    const browser = server.client();
    await browser.login('lea@example.test', PASSWORD);
    await browser.data(`mutation { setLanguage(language: IT) { id } }`);
    const response = await browser.request('{ me { id nope } }', undefined, { 'accept-language': 'fr' });
    expect(errorCode(response)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(first(response).message).toMatch(/^Impossibile richiedere il campo "nope" sul tipo "User"\./u);
    expect(response.headers.get('content-language')).toBe('it');
  });

  /** A raw request to /graphql, for what a GraphQL client would never send. */
  async function raw(init: RequestInit & { headers: Record<string, string> }, search = '') {
    const response = await fetch(`${server.url}/graphql${search}`, init);
    const body = (await response.json()) as { errors: Refusal[] };
    return { status: response.status, error: body.errors[0], language: response.headers.get('content-language') };
  }

  it('translates Apollo’s CSRF refusal, before any request context: Accept-Language decides', async () => {
    const request = { method: 'POST', body: JSON.stringify({ query: '{ me { id } }' }) };
    const english = await raw({ ...request, headers: { 'content-type': 'text/plain' } });
    expect(english.status).toBe(400);
    expect(english.error.message).toMatch(/^This operation has been blocked as a potential Cross-Site Request Forgery \(CSRF\)\./u);
    const german = await raw({ ...request, headers: { 'content-type': 'text/plain', 'accept-language': 'de-CH' } });
    expect(german.status).toBe(400);
    expect(german.error.extensions).toEqual(english.error.extensions);
    expect(german.error.extensions?.['code']).toBe('BAD_REQUEST');
    expect(german.error.message).toBe(
      "Diese Operation wurde als mögliche Cross-Site Request Forgery (CSRF) blockiert. Geben Sie entweder einen 'content-type'-Header an (mit einem anderen Typ als application/x-www-form-urlencoded, multipart/form-data, text/plain) oder einen nicht leeren Wert für einen der folgenden Header: x-apollo-operation-name, apollo-require-preflight, authorization\n",
    );
    expect(german.language).toBe('de');
  });

  it('translates Apollo’s other refusals: no query, a body that is no request, a method it does not serve', async () => {
    const json = { 'content-type': 'application/json' };
    const noQuery = await raw({ method: 'POST', headers: { ...json, 'accept-language': 'fr' }, body: JSON.stringify({ variables: {} }) });
    expect(noQuery).toMatchObject({ status: 400, error: { extensions: { code: 'BAD_REQUEST' } } });
    expect(noQuery.error.message).toBe('Une opération GraphQL doit contenir une `query` non vide ou une extension `persistedQuery`.');

    const empty = await raw({ method: 'POST', headers: { ...json, 'accept-language': 'it' }, body: '{}' });
    expect(empty).toMatchObject({ status: 400, error: { extensions: { code: 'BAD_REQUEST' } }, language: 'it' });
    expect(empty.error.message).toBe('Corpo POST mancante, Content-Type non valido o oggetto JSON senza chiavi.');
    const batch = await raw({ method: 'POST', headers: { ...json, 'accept-language': 'fr' }, body: JSON.stringify([{ query: '{ me { id } }' }]) });
    expect(batch).toMatchObject({ status: 400, error: { extensions: { code: 'BAD_REQUEST' } } });
    expect(batch.error.message).toBe('Les opérations groupées (batching) sont désactivées : envoyez une opération par requête.');

    const put = await raw({ method: 'PUT', headers: { ...json, 'accept-language': 'de' }, body: JSON.stringify({ query: '{ me { id } }' }) });
    expect(put).toMatchObject({ status: 405, error: { extensions: { code: 'BAD_REQUEST' } } });
    expect(put.error.message).toBe('Nur GET- und POST-Anfragen werden unterstützt.');

    // Which operation to run: an unknown name is refused (graphql-jit resolves it with graphql-js's words), not run nor a 500.
    const unknown = { method: 'POST', body: JSON.stringify({ query: 'query A { me { id } }', operationName: 'B' }) };
    const unknownEnglish = await raw({ ...unknown, headers: json });
    expect(unknownEnglish).toMatchObject({ status: 400, error: { message: 'Unknown operation named "B".', extensions: { code: 'OPERATION_RESOLUTION_FAILURE' } } });
    const unknownItalian = await raw({ ...unknown, headers: { ...json, 'accept-language': 'it' } });
    expect(unknownItalian).toEqual({ ...unknownEnglish, error: { ...unknownEnglish.error, message: 'Nessuna operazione di nome "B".' }, language: 'it' });

    const getMutation = await raw(
      { method: 'GET', headers: { accept: 'application/json', 'apollo-require-preflight': 'true', 'accept-language': 'fr' } },
      `?query=${encodeURIComponent('mutation { logout { success } }')}`,
    );
    expect(getMutation).toMatchObject({ status: 405, error: { extensions: { code: 'BAD_REQUEST' } } });
    expect(getMutation.error.message).toBe('Les requêtes GET n’acceptent que des opérations query, pas des opérations mutation');
  });

  it('refuses a weak password with the estimator’s advice in German; field unchanged', async () => {
    const input = signUpInput({ password: 'qwertyuiopasdf' });
    const english = await server.client().request(SIGN_UP, { input });
    expect(first(english).message).toBe(
      'This password is too easy to guess: this is similar to a commonly used password. Add a few more uncommon words.',
    );
    const german = await server.client().request(SIGN_UP, { input }, { 'accept-language': 'de-CH' });
    expect(first(german).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'password' });
    expect(first(german).message).toBe(
      'Dieses Passwort ist zu leicht zu erraten: Dies weist Ähnlichkeit zu anderen oft verwendeten Passwörtern auf. Fügen Sie einige ungewöhnliche Wörter hinzu.',
    );
  });
});
