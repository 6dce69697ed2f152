import { Fixtures, PASSWORD } from './support/fixtures';
import { errorCode } from './support/graphql-client';
import {
  COMPLETE,
  enrolPasskey,
  enrolTotp,
  FINISH_PASSKEY_SIGN_IN,
  LOGIN,
  passwordStep,
  SECURITY,
  START_PASSKEY_SIGN_IN,
  START_TOTP,
  CONFIRM_TOTP,
  totpCode,
} from './support/second-factor';
import { startTestServer, type TestServer } from './support/test-server';

const ME = `{ me { id } }`;
const EMAIL = 'ada@example.test';

describe('two-step verification', () => {
  let server: TestServer;
  let fixtures: Fixtures;

  beforeAll(async () => {
    server = await startTestServer();
    fixtures = new Fixtures(server.dataSource);
  });
  afterAll(() => server.close());
  beforeEach(() => server.reset());

  async function signedIn(email = EMAIL) {
    const browser = server.client();
    expect((await browser.login(email, PASSWORD)).errors).toBeUndefined();
    return browser;
  }

  describe('authenticator app', () => {
    it('enrols with a QR code and a first code, hands out ten recovery codes once, and records it', async () => {
      await fixtures.user({ email: EMAIL });
      const browser = await signedIn();
      const { startTotpEnrolment } = await browser.data(START_TOTP);
      expect(startTotpEnrolment.uri).toMatch(/^otpauth:\/\/totp\/Manager:ada%40example\.test\?.*secret=/);
      expect(startTotpEnrolment.qrCodeSvg).toMatch(/^<svg/);
      expect(startTotpEnrolment.secret).toMatch(/^[A-Z2-7]{32}$/);

      const wrong = await browser.request(CONFIRM_TOTP, { input: { code: '000000' } });
      expect(wrong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });

      const { confirmTotpEnrolment } = await browser.data(CONFIRM_TOTP, { input: { code: await totpCode(startTotpEnrolment.secret) } });
      expect(confirmTotpEnrolment.recoveryCodes).toHaveLength(10);
      expect(new Set(confirmTotpEnrolment.recoveryCodes).size).toBe(10);

      const { accountSecurity } = await browser.data(SECURITY);
      expect(accountSecurity).toMatchObject({ totpEnabled: true, recoveryCodesLeft: 10 });
      expect(accountSecurity.activity.map((e: { action: string }) => e.action)).toEqual(['recovery_codes.generated', 'totp.enabled']);
      // Encrypted at rest, codes hashed: the database holds neither in clear.
      const [stored] = await server.dataSource.query(`SELECT encode(secret_encrypted, 'escape') AS sealed FROM totp_secret`);
      expect(stored.sealed).not.toContain(startTotpEnrolment.secret);
      const codes = await server.dataSource.query(`SELECT encode(code_hmac, 'hex') AS h FROM recovery_code`);
      expect(codes.map((c: { h: string }) => c.h).join()).not.toContain(confirmTotpEnrolment.recoveryCodes[0].replace(/-/g, ''));
    });

    it('signs in with the password then a code; no session before the code, and neither the code nor the pending sign-in works twice', async () => {
      const user = await fixtures.user({ email: EMAIL });
      const { secret } = await enrolTotp(await signedIn());

      const browser = server.client();
      const { pendingToken, methods } = await passwordStep(browser, EMAIL, PASSWORD);
      expect(methods).toEqual(['TOTP', 'RECOVERY_CODE']);
      expect((await browser.data(ME)).me).toBeNull();

      const code = await totpCode(secret);
      const { completeSignIn } = await browser.data(COMPLETE, { input: { pendingToken, method: 'TOTP', code } });
      expect(completeSignIn).toEqual({ user: { id: user.id }, recoveryCodesLeft: null });
      expect((await browser.data(ME)).me).toEqual({ id: user.id });

      const again = await browser.request(COMPLETE, { input: { pendingToken, method: 'TOTP', code } });
      expect(errorCode(again)).toBe('UNAUTHENTICATED');

      // The same code on a fresh pending sign-in: a replay.
      const other = server.client();
      const second = await passwordStep(other, EMAIL, PASSWORD);
      const replay = await other.request(COMPLETE, { input: { pendingToken: second.pendingToken, method: 'TOTP', code } });
      expect(replay.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
      expect((await other.data(ME)).me).toBeNull();
    });

    it('accepts a code one step off (clock drift), not two', async () => {
      await fixtures.user({ email: EMAIL });
      const { secret } = await enrolTotp(await signedIn());
      const now = Math.floor(Date.now() / 1000);
      const browser = server.client();
      const { pendingToken } = await passwordStep(browser, EMAIL, PASSWORD);
      const tooFar = await browser.request(COMPLETE, { input: { pendingToken, method: 'TOTP', code: await totpCode(secret, now + 90) } });
      expect(errorCode(tooFar)).toBe('BAD_USER_INPUT');
      const ahead = await browser.request(COMPLETE, { input: { pendingToken, method: 'TOTP', code: await totpCode(secret, now + 30) } });
      expect(ahead.errors).toBeUndefined();
    });

    it('throttles concurrent guesses per person: at most five codes are checked, then even the right one waits', async () => {
      await fixtures.user({ email: EMAIL });
      const { secret } = await enrolTotp(await signedIn());
      const browser = server.client();
      const { pendingToken } = await passwordStep(browser, EMAIL, PASSWORD);
      const right = await totpCode(secret);
      const wrong = String((Number(right) + 1) % 1_000_000).padStart(6, '0');
      const answers = await Promise.all(
        Array.from({ length: 20 }, () => browser.request(COMPLETE, { input: { pendingToken, method: 'TOTP', code: wrong } })),
      );
      const codes = answers.map(errorCode);
      expect(codes.filter((c) => c === 'BAD_USER_INPUT')).toHaveLength(5);
      expect(codes.filter((c) => c === 'TOO_MANY_REQUESTS')).toHaveLength(15);
      const blocked = await browser.request(COMPLETE, { input: { pendingToken, method: 'TOTP', code: right } });
      expect(errorCode(blocked)).toBe('TOO_MANY_REQUESTS');
      expect(blocked.errors?.[0].extensions?.['retryAfterSeconds']).toBeGreaterThan(0);
    });
  });

  describe('recovery codes', () => {
    it('sign in once each, say how many are left, and are recorded', async () => {
      const user = await fixtures.user({ email: EMAIL });
      const { recoveryCodes } = await enrolTotp(await signedIn());

      const browser = server.client();
      const first = await passwordStep(browser, EMAIL, PASSWORD);
      const typed = recoveryCodes[3].toLowerCase().replace(/-/g, ' ');
      const { completeSignIn } = await browser.data(COMPLETE, { input: { pendingToken: first.pendingToken, method: 'RECOVERY_CODE', code: typed } });
      expect(completeSignIn).toEqual({ user: { id: user.id }, recoveryCodesLeft: 9 });

      const other = server.client();
      const second = await passwordStep(other, EMAIL, PASSWORD);
      const reused = await other.request(COMPLETE, { input: { pendingToken: second.pendingToken, method: 'RECOVERY_CODE', code: recoveryCodes[3] } });
      expect(reused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });

      const { accountSecurity } = await browser.data(SECURITY);
      expect(accountSecurity.recoveryCodesLeft).toBe(9);
      expect(accountSecurity.activity[0]).toEqual({ action: 'sign_in.completed', summary: expect.stringContaining('Logged in with a recovery code') });
      expect(accountSecurity.activity[1]).toEqual({ action: 'recovery_code.used', summary: 'Used a recovery code (9 left)' });
    });

    it('are regenerated with the password; the old ones stop working', async () => {
      await fixtures.user({ email: EMAIL });
      const here = await signedIn();
      const { recoveryCodes } = await enrolTotp(here);
      const REGENERATE = `mutation ($input: PasswordConfirmationInput!) { regenerateRecoveryCodes(input: $input) { recoveryCodes } }`;
      expect(errorCode(await here.request(REGENERATE, { input: { password: 'wrong password here' } }))).toBe('BAD_USER_INPUT');
      const { regenerateRecoveryCodes } = await here.data(REGENERATE, { input: { password: PASSWORD } });
      expect(regenerateRecoveryCodes.recoveryCodes).toHaveLength(10);
      const browser = server.client();
      const { pendingToken } = await passwordStep(browser, EMAIL, PASSWORD);
      expect(errorCode(await browser.request(COMPLETE, { input: { pendingToken, method: 'RECOVERY_CODE', code: recoveryCodes[0] } }))).toBe('BAD_USER_INPUT');
      expect((await browser.request(COMPLETE, { input: { pendingToken, method: 'RECOVERY_CODE', code: regenerateRecoveryCodes.recoveryCodes[0] } })).errors).toBeUndefined();
    });
  });

  it('a password reset link does not skip the second step: no session, and the new password still asks for it', async () => {
    await fixtures.user({ email: EMAIL });
    await enrolTotp(await signedIn());
    const browser = server.client();
    await browser.data(`mutation ($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) { success } }`, { input: { email: EMAIL } });
    const [email] = await server.dataSource.query(`SELECT text_body FROM email_outbox WHERE kind = 'PASSWORD_RESET'`);
    const token = /#token=([A-Za-z0-9_-]+)/.exec(email.text_body)?.[1];
    const newPassword = 'seven purple tractors dance';
    const reset = await browser.request(`mutation ($input: ResetPasswordInput!) { resetPassword(input: $input) { user { id } } }`, { input: { token, newPassword } });
    expect(reset.errors).toBeUndefined();
    expect((await browser.data(ME)).me).toBeNull();
    expect((await passwordStep(browser, EMAIL, newPassword)).methods).toEqual(['TOTP', 'RECOVERY_CODE']);
  });

  describe('passkeys', () => {
    it('register with a name, complete a password sign-in, and sign in alone (usernameless); an answer works once', async () => {
      const user = await fixtures.user({ email: EMAIL });
      const here = await signedIn();
      const { authenticator, recoveryCodes } = await enrolPasskey(here, 'Work laptop');
      expect(recoveryCodes).toHaveLength(10);

      // As the second step after the password.
      const browser = server.client();
      const { pendingToken, methods } = await passwordStep(browser, EMAIL, PASSWORD);
      expect(methods).toEqual(['PASSKEY', 'RECOVERY_CODE']);
      const { startPasskeySignIn } = await browser.data(START_PASSKEY_SIGN_IN, { input: { pendingToken } });
      expect(JSON.parse(startPasskeySignIn.optionsJson).allowCredentials).toEqual([expect.objectContaining({ id: authenticator.id })]);
      const answer = authenticator.authenticate(startPasskeySignIn.optionsJson);
      const { finishPasskeySignIn } = await browser.data(FINISH_PASSKEY_SIGN_IN, { input: { pendingToken, responseJson: answer } });
      expect(finishPasskeySignIn.user).toEqual({ id: user.id });
      expect((await browser.data(ME)).me).toEqual({ id: user.id });

      // Alone: no email, no password.
      const phone = server.client();
      const alone = await phone.data(START_PASSKEY_SIGN_IN, { input: {} });
      expect(JSON.parse(alone.startPasskeySignIn.optionsJson)).toMatchObject({ userVerification: 'required' });
      expect(JSON.parse(alone.startPasskeySignIn.optionsJson).allowCredentials ?? []).toEqual([]);
      const aloneAnswer = authenticator.authenticate(alone.startPasskeySignIn.optionsJson);
      expect((await phone.data(FINISH_PASSKEY_SIGN_IN, { input: { responseJson: aloneAnswer } })).finishPasskeySignIn.user).toEqual({ id: user.id });
      expect((await phone.data(ME)).me).toEqual({ id: user.id });

      // The same answer again (its challenge is spent), and one without user verification.
      const replayer = server.client();
      const replay = await replayer.request(FINISH_PASSKEY_SIGN_IN, { input: { responseJson: aloneAnswer } });
      expect(replay.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'responseJson' });
      const fresh = await replayer.data(START_PASSKEY_SIGN_IN, { input: {} });
      const unverified = authenticator.authenticate(fresh.startPasskeySignIn.optionsJson, { userVerified: false });
      expect(errorCode(await replayer.request(FINISH_PASSKEY_SIGN_IN, { input: { responseJson: unverified } }))).toBe('BAD_USER_INPUT');
      expect((await replayer.data(ME)).me).toBeNull();

      const { accountSecurity } = await phone.data(SECURITY);
      expect(accountSecurity.passkeys).toEqual([{ id: expect.any(String), name: 'Work laptop', lastUsedAt: expect.any(String) }]);
      expect(accountSecurity.activity[0].summary).toMatch(/^Logged in with a passkey alone on /);
    });

    it('refuses garbage as an answer with a coded error, never a 500', async () => {
      for (const responseJson of ['not json', '{}', '{"id":1}', JSON.stringify({ id: 'x', rawId: 'x', type: 'public-key', response: {} })]) {
        const answer = await server.client().request(FINISH_PASSKEY_SIGN_IN, { input: { responseJson } });
        expect(answer.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'responseJson' });
      }
    });

    it('are renamed, and removed only with the password; another person’s passkey does not exist', async () => {
      await fixtures.user({ email: EMAIL });
      await fixtures.user({ email: 'grace@example.test' });
      const here = await signedIn();
      const { passkeyId } = await enrolPasskey(here);
      const RENAME = `mutation ($input: RenamePasskeyInput!) { renamePasskey(input: $input) { id name } }`;
      const REMOVE = `mutation ($input: RemovePasskeyInput!) { removePasskey(input: $input) { success } }`;
      expect((await here.data(RENAME, { input: { id: passkeyId, name: '  Phone ' } })).renamePasskey).toEqual({ id: passkeyId, name: 'Phone' });

      const grace = await signedIn('grace@example.test');
      expect(errorCode(await grace.request(RENAME, { input: { id: passkeyId, name: 'Mine' } }))).toBe('NOT_FOUND');
      expect(errorCode(await grace.request(REMOVE, { input: { id: passkeyId, password: PASSWORD } }))).toBe('NOT_FOUND');

      expect((await here.request(REMOVE, { input: { id: passkeyId, password: 'not the password' } })).errors?.[0].extensions).toMatchObject({ field: 'password' });
      expect((await here.data(REMOVE, { input: { id: passkeyId, password: PASSWORD } })).removePasskey.success).toBe(true);
      const { accountSecurity } = await here.data(SECURITY);
      expect(accountSecurity).toMatchObject({ passkeys: [], recoveryCodesLeft: 0 });
      expect(accountSecurity.activity.map((e: { summary: string }) => e.summary).slice(0, 2)).toEqual(['Removed the passkey "Phone"', 'Renamed the passkey "Laptop" to "Phone"']);
      // No factor left: the password alone signs in again.
      expect((await server.client().data(LOGIN, { input: { email: EMAIL, password: PASSWORD } })).login.user).not.toBeNull();
    });
  });
});
