import { Fixtures, PASSWORD } from './support/fixtures';
import { errorCode, type GraphQLTestClient } from './support/graphql-client';
import { LOGIN, SECURITY } from './support/second-factor';
import { startTestServer, type TestServer } from './support/test-server';

const CHROME_MAC = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const FIREFOX_ANDROID = 'Mozilla/5.0 (Android 14; Mobile; rv:133.0) Gecko/133.0 Firefox/133.0';
const ME = `{ me { id } }`;
const END = `mutation ($input: EndSessionInput!) { endSession(input: $input) { ended } }`;
const END_OTHERS = `mutation { endOtherSessions { ended } }`;
const EMAIL = 'ada@example.test';

describe('sessions', () => {
  let server: TestServer;
  let fixtures: Fixtures;

  beforeAll(async () => {
    server = await startTestServer();
    fixtures = new Fixtures(server.dataSource);
  });
  afterAll(() => server.close());
  beforeEach(() => server.reset());

  async function signedIn(userAgent: string, email = EMAIL): Promise<GraphQLTestClient> {
    const browser = server.client();
    const answer = await browser.request(LOGIN, { input: { email, password: PASSWORD } }, { 'user-agent': userAgent });
    expect(answer.errors).toBeUndefined();
    return browser;
  }

  const newDeviceEmails = (): Promise<{ to_address: string; text_body: string }[]> =>
    server.dataSource.query(`SELECT to_address, text_body FROM email_outbox WHERE kind = 'NEW_DEVICE_SIGN_IN' ORDER BY created_at`);

  it('lists the account’s sessions with device, network, dates, this one marked', async () => {
    await fixtures.user({ email: EMAIL });
    const laptop = await signedIn(CHROME_MAC);
    await signedIn(FIREFOX_ANDROID);
    const { accountSecurity } = await laptop.data(SECURITY);
    expect(accountSecurity.sessions).toHaveLength(2);
    const devices = accountSecurity.sessions.map((s: { device: string; current: boolean; place: string }) => [s.device, s.current, s.place]);
    expect(devices).toEqual(
      expect.arrayContaining([
        ['Chrome on macOS', true, 'network 127.0.0.0/24'],
        ['Firefox on Android', false, 'network 127.0.0.0/24'],
      ]),
    );
    // Only the truncated address is stored.
    const stored = await server.dataSource.query(`SELECT ip_network FROM session`);
    expect(stored.map((r: { ip_network: string }) => r.ip_network)).toEqual(['127.0.0.0/24', '127.0.0.0/24']);
  });

  it('ends one session, effective on its next request; another person’s session does not exist', async () => {
    const ada = await fixtures.user({ email: EMAIL });
    await fixtures.user({ email: 'grace@example.test' });
    const laptop = await signedIn(CHROME_MAC);
    const phone = await signedIn(FIREFOX_ANDROID);
    const grace = await signedIn(CHROME_MAC, 'grace@example.test');
    const { accountSecurity } = await laptop.data(SECURITY);
    const phoneSession = accountSecurity.sessions.find((s: { current: boolean }) => !s.current);

    expect(errorCode(await grace.request(END, { input: { sessionId: phoneSession.id } }))).toBe('NOT_FOUND');
    expect((await phone.data(ME)).me).toEqual({ id: ada.id });

    expect((await laptop.data(END, { input: { sessionId: phoneSession.id } })).endSession.ended).toBe(1);
    expect((await phone.data(ME)).me).toBeNull();
    expect((await laptop.data(ME)).me).toEqual({ id: ada.id });
    expect(errorCode(await laptop.request(END, { input: { sessionId: phoneSession.id } }))).toBe('NOT_FOUND');
    const after = await laptop.data(SECURITY);
    expect(after.accountSecurity.sessions).toHaveLength(1);
    expect(after.accountSecurity.activity[0]).toEqual({ action: 'session.ended', summary: 'Logged out Firefox on Android' });
  });

  it('ends every other session at once, keeping this one', async () => {
    const ada = await fixtures.user({ email: EMAIL });
    const laptop = await signedIn(CHROME_MAC);
    const others = [await signedIn(FIREFOX_ANDROID), await signedIn(CHROME_MAC)];
    expect((await laptop.data(END_OTHERS)).endOtherSessions.ended).toBe(2);
    for (const other of others) expect((await other.data(ME)).me).toBeNull();
    expect((await laptop.data(ME)).me).toEqual({ id: ada.id });
    expect((await laptop.data(SECURITY)).accountSecurity.activity[0].summary).toBe('Logged out 2 other devices');
  });

  it('writes the last activity at most once a minute', async () => {
    await fixtures.user({ email: EMAIL });
    const laptop = await signedIn(CHROME_MAC);
    const lastActive = async () => (await server.dataSource.query(`SELECT last_active_at FROM session`))[0].last_active_at.getTime();
    const opened = await lastActive();
    await laptop.data(ME);
    expect(await lastActive()).toBe(opened);
    await server.dataSource.query(`UPDATE session SET last_active_at = now() - interval '2 minutes'`);
    const stale = await lastActive();
    await laptop.data(ME);
    const touched = await lastActive();
    expect(touched).toBeGreaterThan(stale + 60_000);
    await laptop.data(ME);
    expect(await lastActive()).toBe(touched);
  });

  it('emails a sign-in from a new device, not from a known one nor the first ever', async () => {
    await fixtures.user({ email: EMAIL });
    await signedIn(CHROME_MAC);
    expect(await newDeviceEmails()).toEqual([]);
    await signedIn(CHROME_MAC.replace('131.0.0.0', '132.0.0.0'));
    expect(await newDeviceEmails()).toEqual([]);
    await signedIn(FIREFOX_ANDROID);
    const sent = await newDeviceEmails();
    expect(sent).toHaveLength(1);
    expect(sent[0].to_address).toBe(EMAIL);
    expect(sent[0].text_body).toContain('from Firefox on Android');
    expect(sent[0].text_body).toContain('/account/security');
  });
});
