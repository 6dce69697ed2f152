import argon2 from 'argon2';
import { LOGIN_THROTTLE, PASSWORD_CONFIRMATION_THROTTLE } from '@manager/api-identity';
import { Fixtures, PASSWORD } from './support/fixtures';
import { errorCode, type GraphQLResponse } from './support/graphql-client';
import { signedIn } from './support/members';
import { SIGN_UP, signUpInput } from './support/organization-details';
import { PEOPLE, seedPartnerWorld, TERMINATE, type PartnerWorld } from './support/partnerships';
import { startTestServer, type TestServer } from './support/test-server';

/**
 * The password throttles under concurrency: many requests at the same moment on one account (or
 * from one address) get no more password checks than the limit allows, whichever arrives first.
 */
describe('throttles under concurrent requests', () => {
  const WAVE = 50;
  let server: TestServer;
  let fixtures: Fixtures;
  /** Counts argon2 verifications in this process (the server runs in it): the passwords actually checked. */
  let verify: jest.SpyInstance;

  beforeAll(async () => {
    server = await startTestServer({ OUTBOX_WORKER: 'false' });
    fixtures = new Fixtures(server.dataSource);
    verify = jest.spyOn(argon2, 'verify');
  });
  afterAll(async () => {
    verify.mockRestore();
    await server.close();
  });
  beforeEach(async () => {
    await server.reset();
    verify.mockClear();
  });

  const codes = (responses: GraphQLResponse[]) => {
    const tally: Record<string, number> = {};
    for (const response of responses) {
      const code = String(errorCode(response) ?? 'OK');
      tally[code] = (tally[code] ?? 0) + 1;
    }
    return tally;
  };
  const count = async (sql: string, parameters: unknown[] = []) => Number((await server.dataSource.query(sql, parameters))[0].n);

  describe('sign-in', () => {
    it(`${WAVE} wrong passwords at once on one account: only ${LOGIN_THROTTLE.maxFailuresPerEmail} are checked, the rest refused unchecked`, async () => {
      await fixtures.user({ email: 'ada@example.test' });
      const responses = await Promise.all(Array.from({ length: WAVE }, (_, i) => server.client().login('ada@example.test', `guess ${i}`)));
      const tally = codes(responses);
      console.log(`sign-in: wrong passwords evaluated out of ${WAVE}: ${tally['UNAUTHENTICATED'] ?? 0} (argon2 verifications: ${verify.mock.calls.length}); refused before evaluation: ${tally['TOO_MANY_REQUESTS'] ?? 0}`);
      expect(tally).toEqual({ UNAUTHENTICATED: LOGIN_THROTTLE.maxFailuresPerEmail, TOO_MANY_REQUESTS: WAVE - LOGIN_THROTTLE.maxFailuresPerEmail });
      expect(verify).toHaveBeenCalledTimes(LOGIN_THROTTLE.maxFailuresPerEmail);
      for (const response of responses.filter((r) => errorCode(r) === 'TOO_MANY_REQUESTS')) {
        expect(response.errors?.[0].extensions?.['retryAfterSeconds']).toBeGreaterThan(LOGIN_THROTTLE.windowSeconds - 60);
      }
      expect(await count(`SELECT count(*) AS n FROM login_attempt WHERE email = 'ada@example.test' AND NOT succeeded`)).toBe(LOGIN_THROTTLE.maxFailuresPerEmail);
    });

    it(`after the lockout, ${WAVE} attempts at once, half with the right password: none signs in`, async () => {
      await fixtures.user({ email: 'ada@example.test' });
      await Promise.all(Array.from({ length: WAVE }, (_, i) => server.client().login('ada@example.test', `guess ${i}`)));
      verify.mockClear();
      const responses = await Promise.all(
        Array.from({ length: WAVE }, (_, i) => server.client().login('ada@example.test', i % 2 ? PASSWORD : `guess ${i}`)),
      );
      expect(codes(responses)).toEqual({ TOO_MANY_REQUESTS: WAVE });
      expect(verify).not.toHaveBeenCalled();
      for (const response of responses) expect(response.headers.getSetCookie()).toEqual([]);
      expect(await count(`SELECT count(*) AS n FROM session`)).toBe(0);
    });

    it('a success still resets the count of its account', async () => {
      await fixtures.user({ email: 'ada@example.test' });
      for (let i = 0; i < LOGIN_THROTTLE.maxFailuresPerEmail - 1; i++) await server.client().login('ada@example.test', 'guess');
      expect(errorCode(await server.client().login('ada@example.test', PASSWORD))).toBeUndefined();
      const responses = await Promise.all(Array.from({ length: 10 }, () => server.client().login('ada@example.test', 'guess')));
      expect(codes(responses)).toEqual({ UNAUTHENTICATED: LOGIN_THROTTLE.maxFailuresPerEmail, TOO_MANY_REQUESTS: 10 - LOGIN_THROTTLE.maxFailuresPerEmail });
    });

    it(`unknown emails sprayed at once from one address: at most ${LOGIN_THROTTLE.maxFailuresPerIp} checked`, async () => {
      const responses = await Promise.all(
        Array.from({ length: LOGIN_THROTTLE.maxFailuresPerIp + 10 }, (_, i) => server.client().login(`nobody${i}@example.test`, 'guess')),
      );
      expect(codes(responses)).toEqual({ UNAUTHENTICATED: LOGIN_THROTTLE.maxFailuresPerIp, TOO_MANY_REQUESTS: 10 });
      // The decoy hash is checked for unknown emails too: they take as long as a wrong password.
      expect(verify).toHaveBeenCalledTimes(LOGIN_THROTTLE.maxFailuresPerIp);
    });
  });

  describe('the password confirmation of ending a partnership', () => {
    let world: PartnerWorld;
    let partnershipId: string;
    beforeEach(async () => {
      world = await seedPartnerWorld(fixtures, server.dataSource);
      ({ id: partnershipId } = await fixtures.partnership(world.client, world.partner, { products: [world.products[0]] }));
    });
    const status = async () => (await server.dataSource.query(`SELECT status FROM partnership WHERE id = $1`, [partnershipId]))[0].status;
    const terminate = (client: Awaited<ReturnType<typeof signedIn>>, password: string, id = partnershipId) =>
      client.request(TERMINATE, { input: { partnershipId: id, password } });

    it(`${PASSWORD_CONFIRMATION_THROTTLE.maxFailuresPerUser} wrong passwords, then TOO_MANY_REQUESTS even with the right one; the count survives the rolled-back mutations`, async () => {
      const lr = await signedIn(server, PEOPLE.clientLr);
      for (let i = 0; i < PASSWORD_CONFIRMATION_THROTTLE.maxFailuresPerUser; i++) {
        const wrong = await terminate(lr, `guess ${i}`);
        expect(wrong.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'password' });
      }
      const blocked = await terminate(lr, PASSWORD);
      expect(errorCode(blocked)).toBe('TOO_MANY_REQUESTS');
      expect(blocked.errors?.[0].extensions?.['retryAfterSeconds']).toBeGreaterThan(PASSWORD_CONFIRMATION_THROTTLE.windowSeconds - 60);
      expect(await status()).toBe('ACTIVE');
      expect(await count(`SELECT count(*) AS n FROM password_confirmation_attempt WHERE NOT succeeded`)).toBe(PASSWORD_CONFIRMATION_THROTTLE.maxFailuresPerUser);
      // Another person's confirmations, and the same person's sign-in, have counts of their own.
      expect(errorCode(await server.client().login(PEOPLE.clientLr, PASSWORD))).toBeUndefined();
      await server.dataSource.query(`UPDATE password_confirmation_attempt SET created_at = created_at - interval '16 minutes'`);
      expect(errorCode(await terminate(lr, PASSWORD))).toBeUndefined();
      expect(await status()).toBe('TERMINATED');
    });

    it(`${WAVE} wrong passwords at once: only ${PASSWORD_CONFIRMATION_THROTTLE.maxFailuresPerUser} are checked; then the right one is refused`, async () => {
      const lr = await signedIn(server, PEOPLE.clientLr);
      verify.mockClear();
      const responses = await Promise.all(Array.from({ length: WAVE }, (_, i) => terminate(lr, `guess ${i}`)));
      const tally = codes(responses);
      console.log(`terminatePartnership: wrong passwords evaluated out of ${WAVE}: ${tally['BAD_USER_INPUT'] ?? 0} (argon2 verifications: ${verify.mock.calls.length}); refused before evaluation: ${tally['TOO_MANY_REQUESTS'] ?? 0}`);
      expect(tally).toEqual({ BAD_USER_INPUT: PASSWORD_CONFIRMATION_THROTTLE.maxFailuresPerUser, TOO_MANY_REQUESTS: WAVE - PASSWORD_CONFIRMATION_THROTTLE.maxFailuresPerUser });
      expect(verify).toHaveBeenCalledTimes(PASSWORD_CONFIRMATION_THROTTLE.maxFailuresPerUser);
      const mixed = await Promise.all(Array.from({ length: 10 }, (_, i) => terminate(lr, i % 2 ? PASSWORD : 'guess')));
      expect(codes(mixed)).toEqual({ TOO_MANY_REQUESTS: 10 });
      expect(await status()).toBe('ACTIVE');
    });

    it('a right confirmation forgets the failures before it, whatever the mutation answers next', async () => {
      const lr = await signedIn(server, PEOPLE.clientLr);
      const almost = PASSWORD_CONFIRMATION_THROTTLE.maxFailuresPerUser - 1;
      for (let i = 0; i < almost; i++) expect(errorCode(await terminate(lr, 'guess'))).toBe('BAD_USER_INPUT');
      // The right password on a partnership out of reach: confirmed, then NOT_FOUND like a missing row.
      expect(errorCode(await terminate(lr, PASSWORD, '00000000-0000-4000-8000-000000000000'))).toBe('NOT_FOUND');
      for (let i = 0; i < almost; i++) expect(errorCode(await terminate(lr, 'guess'))).toBe('BAD_USER_INPUT');
      expect(errorCode(await terminate(lr, PASSWORD))).toBeUndefined();
      expect(await status()).toBe('TERMINATED');
    });
  });

  describe('sign-up', () => {
    it('20 sign-ups at once from one address: at most 10 accounts within the hour', async () => {
      const responses = await Promise.all(Array.from({ length: 20 }, () => server.client().request(SIGN_UP, { input: signUpInput() })));
      expect(codes(responses)).toEqual({ OK: 10, TOO_MANY_REQUESTS: 10 });
      expect(await count(`SELECT count(*) AS n FROM app_user`)).toBe(10);
      expect(await count(`SELECT count(*) AS n FROM organization`)).toBe(10);
    });
  });
});
