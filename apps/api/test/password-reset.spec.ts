import { PASSWORD_RESET_THROTTLE } from '@manager/api-identity';
import { Fixtures, PASSWORD } from './support/fixtures';
import { errorCode, type GraphQLResponse, type GraphQLTestClient } from './support/graphql-client';
import { startTestServer, type TestServer } from './support/test-server';

const REQUEST = `mutation ($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) { success } }`;
const RESET = `mutation ($input: ResetPasswordInput!) { resetPassword(input: $input) { user { id email } } }`;
const ME = `{ me { id } }`;
const NEW_PASSWORD = 'seven purple tractors dance';

interface Email {
  kind: string;
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string;
}

describe('password reset ("Forgot password?")', () => {
  let server: TestServer;
  let fixtures: Fixtures;

  beforeAll(async () => {
    server = await startTestServer();
    fixtures = new Fixtures(server.dataSource);
  });
  afterAll(() => server.close());
  beforeEach(() => server.reset());

  const emails = (): Promise<Email[]> =>
    server.dataSource.query(`SELECT kind, to_address, subject, text_body, html_body FROM email_outbox ORDER BY created_at`);

  /** Asks for a link for `email` and returns the token read from the email's link. */
  async function requestLink(email: string, client: GraphQLTestClient = server.client()): Promise<string> {
    const response = await client.request(REQUEST, { input: { email } });
    expect(response.errors).toBeUndefined();
    const sent = (await emails()).filter((e) => e.kind === 'PASSWORD_RESET' && e.to_address === email.trim().toLowerCase());
    const match = /\/reset-password#token=([A-Za-z0-9_-]+)/.exec(sent[sent.length - 1]?.text_body ?? '');
    if (!match) throw new Error(`no reset link emailed to ${email}`);
    return match[1];
  }

  const reset = (token: string, newPassword = NEW_PASSWORD, client: GraphQLTestClient = server.client()) =>
    client.request<{ resetPassword: { user: { id: string; email: string } } }>(RESET, { input: { token, newPassword } });

  function expectRefused(response: GraphQLResponse, field: string): void {
    expect(response.data).toBeNull();
    expect(response.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(response.errors?.[0].message).toMatch(/\w{3}/);
  }

  it('answers a known and an unknown email the same, and emails only the known one', async () => {
    await fixtures.user({ email: 'ada@example.test', displayName: 'Ada Lovelace' });
    const known = await server.client().request(REQUEST, { input: { email: ' Ada@Example.test ' } });
    const unknown = await server.client().request(REQUEST, { input: { email: 'nobody@example.test' } });
    for (const response of [known, unknown]) {
      expect(response.status).toBe(200);
      expect(response.errors).toBeUndefined();
      expect(response.data).toEqual({ requestPasswordReset: { success: true } });
      expect(response.headers.getSetCookie()).toEqual([]);
    }
    const sent = await emails();
    expect(sent.map((e) => [e.kind, e.to_address])).toEqual([['PASSWORD_RESET', 'ada@example.test']]);
    expect(sent[0].subject).toBe('Set a new password for your Manager account');
    expect(sent[0].text_body).toContain('Hello Ada Lovelace');
    expect(sent[0].text_body).toContain('30 minutes');
    expect(sent[0].text_body).toMatch(new RegExp(`^${server.url}/reset-password#token=[A-Za-z0-9_-]{43}$`, 'm'));
    // Both requests count for the throttle, so its answer cannot tell them apart either.
    expect(await server.dataSource.query(`SELECT email FROM password_reset_request ORDER BY id`)).toEqual([
      { email: 'ada@example.test' },
      { email: 'nobody@example.test' },
    ]);
  });

  it('takes about as long for an unknown email as for a known one', async () => {
    await fixtures.user({ email: 'ada@example.test' });
    const timed = async (email: string) => {
      const started = performance.now();
      expect((await server.client().request(REQUEST, { input: { email } })).errors).toBeUndefined();
      return performance.now() - started;
    };
    await timed('warm-up@example.test');
    // Interleaved, and the fastest of each kept, so that the load of the machine cancels out.
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < PASSWORD_RESET_THROTTLE.maxPerEmail; i++) {
      known.push(await timed('ada@example.test'));
      unknown.push(await timed('nobody@example.test'));
    }
    // A few milliseconds apart (two small inserts); an argon2 hash or an SMTP call on one side only would show.
    expect(Math.abs(Math.min(...known) - Math.min(...unknown))).toBeLessThan(40);
  });

  it('stores only a hash of the 256-bit token, valid 30 minutes', async () => {
    const user = await fixtures.user({ email: 'ada@example.test' });
    const token = await requestLink('ada@example.test');
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    const [row] = await server.dataSource.query(
      `SELECT user_id, encode(token_hash, 'hex') AS hash, extract(epoch FROM expires_at - created_at) AS ttl FROM password_reset_token`,
    );
    expect(row.user_id).toBe(user.id);
    expect(row.hash).toHaveLength(64);
    expect(row.hash).not.toContain(Buffer.from(token).toString('hex'));
    expect(Number(row.ttl)).toBe(30 * 60);
  });

  it('sets the new password once, ends every session, emails a notice and signs this browser in', async () => {
    const user = await fixtures.user({ email: 'ada@example.test', displayName: 'Ada Lovelace' });
    const laptop = server.client();
    expect((await laptop.login('ada@example.test', PASSWORD)).errors).toBeUndefined();
    expect((await laptop.data(ME)).me).toEqual({ id: user.id });

    const token = await requestLink('ada@example.test');
    const phone = server.client();
    const response = await reset(token, NEW_PASSWORD, phone);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ resetPassword: { user: { id: user.id, email: 'ada@example.test' } } });
    expect(response.headers.getSetCookie().join('\n')).toMatch(/^session=[A-Za-z0-9_-]{43};.*HttpOnly/);
    expect((await phone.data(ME)).me).toEqual({ id: user.id });

    // The old cookie no longer works; the old password neither; the new one does.
    expect((await laptop.data(ME)).me).toBeNull();
    expect(errorCode(await server.client().login('ada@example.test', PASSWORD))).toBe('UNAUTHENTICATED');
    expect((await server.client().login('ada@example.test', NEW_PASSWORD)).errors).toBeUndefined();

    const notice = (await emails()).filter((e) => e.kind === 'PASSWORD_CHANGED');
    expect(notice).toHaveLength(1);
    expect(notice[0]).toMatchObject({ to_address: 'ada@example.test', subject: 'Your Manager password was changed' });
    expect(notice[0].text_body).toContain('with a reset link');
    expect(notice[0].text_body).toContain(`${server.url}/forgot-password`);

    // Used: a second visit is refused, and changes nothing.
    const again = await reset(token, 'another fine passphrase here');
    expectRefused(again, 'token');
    expect(again.errors?.[0].message).toContain('no longer valid');
    expect((await server.client().login('ada@example.test', NEW_PASSWORD)).errors).toBeUndefined();
  });

  it('tells the page which account a live link is for, and nothing for a used, expired or unknown one', async () => {
    await fixtures.user({ email: 'ada@example.test' });
    const preview = (token: string) =>
      server.client().data<{ passwordResetLink: { email: string } | null }>(`query ($token: String!) { passwordResetLink(token: $token) { email expiresAt } }`, { token });
    const token = await requestLink('ada@example.test');
    expect((await preview(token)).passwordResetLink).toMatchObject({ email: 'ada@example.test' });
    expect((await preview('not-a-token')).passwordResetLink).toBeNull();
    await server.dataSource.query(`UPDATE password_reset_token SET expires_at = now() - interval '1 second'`);
    expect((await preview(token)).passwordResetLink).toBeNull();
    const fresh = await requestLink('ada@example.test');
    expect((await reset(fresh)).errors).toBeUndefined();
    expect((await preview(fresh)).passwordResetLink).toBeNull();
  });

  it('lets one of two concurrent uses of a link through', async () => {
    await fixtures.user({ email: 'ada@example.test' });
    const token = await requestLink('ada@example.test');
    const results = await Promise.all([1, 2, 3].map((n) => reset(token, `${NEW_PASSWORD} number ${n}`)));
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    for (const refused of results.filter((r) => r.errors)) expectRefused(refused, 'token');
    expect((await emails()).filter((e) => e.kind === 'PASSWORD_CHANGED')).toHaveLength(1);
  });

  it('refuses an expired link', async () => {
    await fixtures.user({ email: 'ada@example.test' });
    const token = await requestLink('ada@example.test');
    await server.dataSource.query(`UPDATE password_reset_token SET expires_at = now() - interval '1 second'`);
    expectRefused(await reset(token), 'token');
    expect(errorCode(await server.client().login('ada@example.test', NEW_PASSWORD))).toBe('UNAUTHENTICATED');
  });

  it('refuses an unknown token and a superseded link', async () => {
    await fixtures.user({ email: 'ada@example.test' });
    expectRefused(await reset('not-a-token'), 'token');
    expectRefused(await reset(''), 'token');
    const first = await requestLink('ada@example.test');
    const second = await requestLink('ada@example.test');
    expectRefused(await reset(first), 'token');
    expect((await reset(second)).errors).toBeUndefined();
  });

  it('refuses a password the policy refuses, with the field, and keeps the link working', async () => {
    await fixtures.user({ email: 'ada.lovelace@example.test', displayName: 'Ada Lovelace' });
    const token = await requestLink('ada.lovelace@example.test');
    for (const weak of ['aaaaaaaaaa', '1234567890', 'password12', ' '.repeat(10), 'password1234', 'ada.lovelace@example.test', 'AdaLovelace1815']) {
      const response = await reset(token, weak);
      expectRefused(response, 'newPassword');
    }
    const short = await reset(token, 'short');
    expect(short.errors?.[0].message).toContain('at least 12 characters');
    const common = await reset(token, 'password1234');
    expect(common.errors?.[0].message).toContain('too easy to guess');
    const personal = await reset(token, 'ada.lovelace@example.test');
    expect(personal.errors?.[0].message).toContain('email address or your name');
    expect((await emails()).filter((e) => e.kind === 'PASSWORD_CHANGED')).toHaveLength(0);
    expect((await reset(token)).errors).toBeUndefined();
  });

  it('refuses a malformed email with the field', async () => {
    const response = await server.client().request(REQUEST, { input: { email: 'not an email' } });
    expect(response.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'email' });
  });

  it('throttles per email: the request past the limit answers TOO_MANY_REQUESTS, known email or not', async () => {
    await fixtures.user({ email: 'ada@example.test' });
    for (const email of ['ada@example.test', 'nobody@example.test']) {
      for (let i = 0; i < PASSWORD_RESET_THROTTLE.maxPerEmail; i++) {
        expect((await server.client().request(REQUEST, { input: { email } })).errors).toBeUndefined();
      }
      const refused = await server.client().request(REQUEST, { input: { email } });
      expect(errorCode(refused)).toBe('TOO_MANY_REQUESTS');
      expect(refused.errors?.[0].extensions?.['retryAfterSeconds']).toBeGreaterThan(PASSWORD_RESET_THROTTLE.windowSeconds - 60);
    }
    expect((await emails()).filter((e) => e.kind === 'PASSWORD_RESET')).toHaveLength(PASSWORD_RESET_THROTTLE.maxPerEmail);
  });

  it('throttles per email under concurrent requests', async () => {
    await fixtures.user({ email: 'ada@example.test' });
    const burst = await Promise.all(
      Array.from({ length: 10 }, () => server.client().request(REQUEST, { input: { email: 'ada@example.test' } })),
    );
    expect(burst.filter((r) => !r.errors)).toHaveLength(PASSWORD_RESET_THROTTLE.maxPerEmail);
    expect(burst.filter((r) => errorCode(r) === 'TOO_MANY_REQUESTS')).toHaveLength(10 - PASSWORD_RESET_THROTTLE.maxPerEmail);
    expect(await server.dataSource.query(`SELECT count(*)::int AS n FROM password_reset_request`)).toEqual([
      { n: PASSWORD_RESET_THROTTLE.maxPerEmail },
    ]);
    expect((await emails()).filter((e) => e.kind === 'PASSWORD_RESET')).toHaveLength(PASSWORD_RESET_THROTTLE.maxPerEmail);
  });

  it('throttles per IP, across emails and under concurrent requests', async () => {
    const burst = await Promise.all(
      Array.from({ length: PASSWORD_RESET_THROTTLE.maxPerIp + 5 }, (_, i) =>
        server.client().request(REQUEST, { input: { email: `person${i}@example.test` } }),
      ),
    );
    expect(burst.filter((r) => !r.errors)).toHaveLength(PASSWORD_RESET_THROTTLE.maxPerIp);
    expect(burst.filter((r) => errorCode(r) === 'TOO_MANY_REQUESTS')).toHaveLength(5);
  });

  it('keeps the token out of the server: the SPA route answers with no-referrer', async () => {
    const response = await fetch(`${server.url}/reset-password`);
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  });
});
