import { Fixtures, PASSWORD } from './support/fixtures';
import { errorCode, type GraphQLResponse } from './support/graphql-client';
import { startTestServer, type TestServer } from './support/test-server';

const CHANGE = `mutation ($input: ChangePasswordInput!) { changePassword(input: $input) { user { id email } } }`;
const ME = `{ me { id } }`;
const NEW_PASSWORD = 'seven purple tractors dance';

describe('password change (signed in)', () => {
  let server: TestServer;
  let fixtures: Fixtures;

  beforeAll(async () => {
    server = await startTestServer();
    fixtures = new Fixtures(server.dataSource);
  });
  afterAll(() => server.close());
  beforeEach(() => server.reset());

  async function signedIn(email = 'ada@example.test') {
    const browser = server.client();
    expect((await browser.login(email, PASSWORD)).errors).toBeUndefined();
    return browser;
  }

  const notices = (): Promise<{ to_address: string; text_body: string }[]> =>
    server.dataSource.query(`SELECT to_address, text_body FROM email_outbox WHERE kind = 'PASSWORD_CHANGED'`);

  function expectRefused(response: GraphQLResponse, field: string): void {
    expect(response.data).toBeNull();
    expect(response.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field });
  }

  it('changes the password, keeps this session, ends the others and emails the owner', async () => {
    const user = await fixtures.user({ email: 'ada@example.test', displayName: 'Ada Lovelace' });
    const here = await signedIn();
    const elsewhere = await signedIn();
    const other = await fixtures.user({ email: 'grace@example.test' });
    const someoneElse = await signedIn('grace@example.test');

    const response = await here.request(CHANGE, { input: { currentPassword: PASSWORD, newPassword: NEW_PASSWORD } });
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ changePassword: { user: { id: user.id, email: 'ada@example.test' } } });

    expect((await here.data(ME)).me).toEqual({ id: user.id });
    expect((await elsewhere.data(ME)).me).toBeNull();
    expect((await someoneElse.data(ME)).me).toEqual({ id: other.id });
    expect(errorCode(await server.client().login('ada@example.test', PASSWORD))).toBe('UNAUTHENTICATED');
    expect((await server.client().login('ada@example.test', NEW_PASSWORD)).errors).toBeUndefined();

    const sent = await notices();
    expect(sent).toHaveLength(1);
    expect(sent[0].to_address).toBe('ada@example.test');
    expect(sent[0].text_body).toContain('Every other device that was logged in has been logged out');
  });

  it('refuses a wrong current password on currentPassword, and changes nothing', async () => {
    await fixtures.user({ email: 'ada@example.test' });
    const here = await signedIn();
    const elsewhere = await signedIn();
    const response = await here.request(CHANGE, { input: { currentPassword: 'not my password', newPassword: NEW_PASSWORD } });
    expectRefused(response, 'currentPassword');
    // The wording belongs to the shared password confirmation; the field and code are the contract.
    expect(response.errors?.[0].message).toMatch(/password/i);
    expectRefused(await here.request(CHANGE, { input: { currentPassword: '', newPassword: NEW_PASSWORD } }), 'currentPassword');
    expect((await elsewhere.data(ME)).me).not.toBeNull();
    expect((await server.client().login('ada@example.test', PASSWORD)).errors).toBeUndefined();
    expect(await notices()).toEqual([]);
  });

  it('refuses a new password the policy refuses, on newPassword', async () => {
    await fixtures.user({ email: 'ada.lovelace@example.test', displayName: 'Ada Lovelace' });
    const here = await signedIn('ada.lovelace@example.test');
    for (const weak of ['aaaaaaaaaa', '1234567890', 'password12', ' '.repeat(10), 'ada.lovelace@example.test', 'qwertyuiop123', 'x'.repeat(1025)]) {
      expectRefused(await here.request(CHANGE, { input: { currentPassword: PASSWORD, newPassword: weak } }), 'newPassword');
    }
    expect((await server.client().login('ada.lovelace@example.test', PASSWORD)).errors).toBeUndefined();
    expect(await notices()).toEqual([]);
  });

  it('accepts 12 emoji: the length counts characters, not UTF-16 units', async () => {
    await fixtures.user({ email: 'ada@example.test' });
    const here = await signedIn();
    const emoji = '🐙🦊🐢🦉🐝🦀🐬🦜🐌🦔🐞🦎';
    expectRefused(await here.request(CHANGE, { input: { currentPassword: PASSWORD, newPassword: emoji.slice(0, 22) } }), 'newPassword');
    expect((await here.request(CHANGE, { input: { currentPassword: PASSWORD, newPassword: emoji } })).errors).toBeUndefined();
    expect((await server.client().login('ada@example.test', emoji)).errors).toBeUndefined();
  });

  it('needs a session', async () => {
    await fixtures.user({ email: 'ada@example.test' });
    const response = await server.client().request(CHANGE, { input: { currentPassword: PASSWORD, newPassword: NEW_PASSWORD } });
    expect(errorCode(response)).toBe('UNAUTHENTICATED');
  });

  it('stops outstanding reset links from working', async () => {
    await fixtures.user({ email: 'ada@example.test' });
    const here = await signedIn();
    await server.client().request(`mutation { requestPasswordReset(input: { email: "ada@example.test" }) { success } }`);
    expect(await server.dataSource.query(`SELECT count(*)::int AS n FROM password_reset_token`)).toEqual([{ n: 1 }]);
    expect((await here.request(CHANGE, { input: { currentPassword: PASSWORD, newPassword: NEW_PASSWORD } })).errors).toBeUndefined();
    expect(await server.dataSource.query(`SELECT count(*)::int AS n FROM password_reset_token`)).toEqual([{ n: 0 }]);
  });

  it('lets one of two concurrent changes from the same current password through', async () => {
    await fixtures.user({ email: 'ada@example.test' });
    const here = await signedIn();
    const results = await Promise.all(
      ['first', 'second'].map((n) => here.request(CHANGE, { input: { currentPassword: PASSWORD, newPassword: `${NEW_PASSWORD} ${n}` } })),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expectRefused(results.find((r) => r.errors) as GraphQLResponse, 'currentPassword');
    expect(await notices()).toHaveLength(1);
  });
});
