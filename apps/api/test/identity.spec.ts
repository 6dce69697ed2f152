import { LOGIN_THROTTLE, WRONG_CREDENTIALS } from '@manager/api-identity';
import { Fixtures, PASSWORD } from './support/fixtures';
import { errorCode } from './support/graphql-client';
import { startTestServer, type TestServer } from './support/test-server';

const ME = `{ me { id email displayName themePreference } }`;

describe('identity: login, sessions, throttling', () => {
  let server: TestServer;
  let fixtures: Fixtures;

  beforeAll(async () => {
    server = await startTestServer();
    fixtures = new Fixtures(server.dataSource);
  });
  afterAll(() => server.close());
  beforeEach(() => server.reset());

  it('signs in with the right password, whatever the email case, and sets an HttpOnly SameSite cookie', async () => {
    const user = await fixtures.user({ email: 'ada@example.test', displayName: 'Ada Lovelace' });
    const browser = server.client();
    const response = await browser.login('  Ada@Example.TEST ', PASSWORD);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ login: { user: { id: user.id, email: 'ada@example.test' } } });
    const cookie = response.headers.getSetCookie().join('\n');
    expect(cookie).toMatch(/^session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(await browser.data(ME)).toEqual({
      me: { id: user.id, email: 'ada@example.test', displayName: 'Ada Lovelace', themePreference: 'AUTO' },
    });
  });

  it('stores only a hash of the session token', async () => {
    await fixtures.user({ email: 'ada@example.test' });
    const browser = server.client();
    await browser.login('ada@example.test', PASSWORD);
    const token = browser.cookies.get('session') as string;
    const rows = await server.dataSource.query(`SELECT encode(token_hash, 'hex') AS hash FROM session`);
    expect(rows).toHaveLength(1);
    expect(rows[0].hash).not.toContain(Buffer.from(token).toString('hex'));
    expect(rows[0].hash).toHaveLength(64);
  });

  it('answers a wrong password and an unknown email with the same generic error', async () => {
    await fixtures.user({ email: 'ada@example.test' });
    const wrongPassword = await server.client().login('ada@example.test', 'not the password');
    const unknownEmail = await server.client().login('nobody@example.test', PASSWORD);
    for (const response of [wrongPassword, unknownEmail]) {
      expect(errorCode(response)).toBe('UNAUTHENTICATED');
      expect(response.errors?.[0].message).toBe(WRONG_CREDENTIALS);
      expect(response.headers.getSetCookie()).toEqual([]);
    }
  });

  it('names the field on empty or oversized input', async () => {
    const empty = await server.client().login('', PASSWORD);
    expect(empty.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'email' });
    const huge = await server.client().login('ada@example.test', 'x'.repeat(2000));
    expect(huge.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'password' });
  });

  it('throttles repeated failures per email, even for the right password, with the seconds to wait', async () => {
    await fixtures.user({ email: 'ada@example.test' });
    const attacker = server.client();
    for (let i = 0; i < LOGIN_THROTTLE.maxFailuresPerEmail; i++) {
      expect(errorCode(await attacker.login('ada@example.test', `guess ${i}`))).toBe('UNAUTHENTICATED');
    }
    const blocked = await server.client().login('ada@example.test', PASSWORD);
    expect(errorCode(blocked)).toBe('TOO_MANY_REQUESTS');
    const wait = blocked.errors?.[0].extensions?.['retryAfterSeconds'] as number;
    expect(wait).toBeGreaterThan(LOGIN_THROTTLE.windowSeconds - 60);
    expect(wait).toBeLessThanOrEqual(LOGIN_THROTTLE.windowSeconds);
    expect(blocked.errors?.[0].message).toBe(`Too many attempts. Try again in ${wait} s.`);
    // Another account from the same address is not locked by this one.
    await fixtures.user({ email: 'grace@example.test' });
    expect(errorCode(await server.client().login('grace@example.test', PASSWORD))).toBeUndefined();
  });

  it('lets the failures age out of the window', async () => {
    await fixtures.user({ email: 'ada@example.test' });
    for (let i = 0; i < LOGIN_THROTTLE.maxFailuresPerEmail; i++) await server.client().login('ada@example.test', 'guess');
    await server.dataSource.query(`UPDATE login_attempt SET created_at = created_at - interval '16 minutes'`);
    expect(errorCode(await server.client().login('ada@example.test', PASSWORD))).toBeUndefined();
  });

  it('throttles one address spraying many accounts', async () => {
    await server.client().login('first-guess@example.test', 'guess');
    const [{ ip }] = await server.dataSource.query(`SELECT ip FROM login_attempt`);
    await server.dataSource.query(
      `INSERT INTO login_attempt (email, ip, succeeded)
       SELECT 'sprayed' || n || '@example.test', $2, false FROM generate_series(2, $1) n`,
      [LOGIN_THROTTLE.maxFailuresPerIp, ip],
    );
    await fixtures.user({ email: 'ada@example.test' });
    expect(errorCode(await server.client().login('ada@example.test', PASSWORD))).toBe('TOO_MANY_REQUESTS');
  });

  it('logout revokes the session in the database: the old cookie no longer works', async () => {
    await fixtures.user({ email: 'ada@example.test' });
    const browser = server.client();
    await browser.login('ada@example.test', PASSWORD);
    const stolen = browser.cookies.get('session') as string;
    const logout = await browser.request(`mutation { logout { success } }`);
    expect(logout.data).toEqual({ logout: { success: true } });
    expect(logout.headers.getSetCookie().join()).toMatch(/session=;/);
    expect(await browser.data(ME)).toEqual({ me: null });
    const replay = server.client();
    replay.cookies.set('session', stolen);
    expect(await replay.data(ME)).toEqual({ me: null });
  });

  it('does not honour an expired session', async () => {
    await fixtures.user({ email: 'ada@example.test' });
    const browser = server.client();
    await browser.login('ada@example.test', PASSWORD);
    await server.dataSource.query(`UPDATE session SET expires_at = now() - interval '1 second'`);
    expect(await browser.data(ME)).toEqual({ me: null });
  });

  it('saves the theme preference on the account, for every device', async () => {
    await fixtures.user({ email: 'ada@example.test' });
    const laptop = server.client();
    await laptop.login('ada@example.test', PASSWORD);
    const saved = await laptop.data(
      `mutation { updateThemePreference(input: { themePreference: DARK }) { user { themePreference } } }`,
    );
    expect(saved).toEqual({ updateThemePreference: { user: { themePreference: 'DARK' } } });
    const phone = server.client();
    await phone.login('ada@example.test', PASSWORD);
    expect((await phone.data(ME)).me.themePreference).toBe('DARK');
  });

  it('refuses to change a theme when nobody is signed in', async () => {
    const response = await server.client().request(`mutation { updateThemePreference(input: { themePreference: DARK }) { user { id } } }`);
    expect(errorCode(response)).toBe('UNAUTHENTICATED');
  });
});
