import { withSummaries } from './support/audit';
import { Fixtures } from './support/fixtures';
import { errorCode, type GraphQLResponse } from './support/graphql-client';
import {
  ACCEPT,
  CANCEL,
  EMAILS,
  INVITE,
  invitationToken,
  legalResponsibles,
  MEMBERS,
  PENDING,
  PREVIEW,
  RESEND,
  rowCounts,
  seedTeam,
  signedIn,
  snapshot,
  type Team,
} from './support/members';
import { startTestServer, type TestServer } from './support/test-server';

const PUBLIC_URL = 'https://manager.example.test';
const PRODUCTS = `query Products($id: ID!) { organization(id: $id) { viewerRole products(first: 100) { totalCount edges { node { id } } } } }`;
const DECLINE = `mutation Decline($input: DeclineMemberInvitationInput!) { declineMemberInvitation(input: $input) { invitation { id email } } }`;
const ME = `{ me { email displayName memberships { role organizationId } } }`;

const field = (response: GraphQLResponse) => response.errors?.[0]?.extensions?.['field'];

describe('member invitations', () => {
  let server: TestServer;
  let fixtures: Fixtures;
  let team: Team;

  beforeAll(async () => {
    server = await startTestServer({ PUBLIC_URL });
    fixtures = new Fixtures(server.dataSource);
  });
  afterAll(() => server.close());
  beforeEach(async () => {
    await server.reset();
    team = await seedTeam(fixtures);
  });
  afterEach(async () => {
    expect(await legalResponsibles(server.dataSource, team.acme.id)).toHaveLength(1);
  });

  async function invite(email: string, role = 'USER', productIds?: string[]) {
    const lr = await signedIn(server, EMAILS.lr);
    const { inviteMember } = await lr.data(INVITE, { input: { organizationId: team.acme.id, email, role, productIds } });
    return { invitation: inviteMember.invitation, token: await invitationToken(server.dataSource, email), lr };
  }

  describe('end to end', () => {
    it('invites by email, previews, and creates the account on acceptance, signed in, with the role', async () => {
      const lr = await signedIn(server, EMAILS.lr);
      const { inviteMember } = await lr.data(INVITE, { input: { organizationId: team.acme.id, email: '  Nina@Example.TEST ', role: 'ADMIN' } });
      expect(inviteMember.invitation).toMatchObject({ email: 'nina@example.test', role: 'ADMIN', invitedByName: 'Lea Roth' });
      const days = (Date.parse(inviteMember.invitation.expiresAt) - Date.now()) / 86_400_000;
      expect(days).toBeGreaterThan(13.9);
      expect(days).toBeLessThanOrEqual(14);

      const emails = await server.dataSource.query(`SELECT kind, to_address, subject, text_body, html_body FROM email_outbox`);
      expect(emails).toHaveLength(1);
      const [email] = emails;
      expect(email).toMatchObject({ kind: 'MEMBER_INVITATION', to_address: 'nina@example.test' });
      expect(email.subject).toBe('Lea Roth invited you to join Acme SA');
      const token = await invitationToken(server.dataSource, 'nina@example.test');
      expect(Buffer.from(token, 'base64url')).toHaveLength(32);
      for (const body of [email.text_body, email.html_body]) {
        expect(body).toContain(`${PUBLIC_URL}/invitations/accept?token=${token}`);
        expect(body).toContain('Acme SA');
        expect(body).toContain('Administrator');
        expect(body).toContain('Lea Roth');
      }
      // Only the hash is stored.
      const [stored] = await server.dataSource.query(`SELECT encode(token_hash, 'hex') AS hash FROM member_invitation`);
      expect(stored.hash).not.toContain(Buffer.from(token, 'base64url').toString('hex'));
      expect(stored.hash).toHaveLength(64);

      expect((await lr.data(PENDING, { id: team.acme.id })).organization.pendingInvitations.map((i: any) => i.email)).toEqual([
        'nina@example.test',
      ]);

      const anonymous = server.client();
      const { invitationPreview } = await anonymous.data(PREVIEW, { token });
      expect(invitationPreview).toMatchObject({
        organizationName: 'Acme SA',
        email: 'nina@example.test',
        role: 'ADMIN',
        invitedByName: 'Lea Roth',
        accountExists: false,
      });

      const accepted = await anonymous.request(ACCEPT, { input: { token, displayName: 'Nina Keller', password: 'a long enough password' } });
      expect(accepted.errors).toBeUndefined();
      expect((accepted.data as any).acceptMemberInvitation).toMatchObject({
        membership: { role: 'ADMIN', organizationId: team.acme.id, person: { email: 'nina@example.test', displayName: 'Nina Keller' } },
        organization: { id: team.acme.id, name: 'Acme SA' },
      });
      expect(accepted.headers.getSetCookie().some((c) => c.startsWith('session='))).toBe(true);

      // Signed in as the new account, in the same browser.
      const { me } = await anonymous.data(ME);
      expect(me).toEqual({
        email: 'nina@example.test',
        displayName: 'Nina Keller',
        memberships: [{ role: 'ADMIN', organizationId: team.acme.id }],
      });
      // And the password works on its own.
      expect((await server.client().login('nina@example.test', 'a long enough password')).errors).toBeUndefined();

      expect((await anonymous.data(PREVIEW, { token })).invitationPreview).toBeNull();
      expect((await lr.data(PENDING, { id: team.acme.id })).organization.pendingInvitations).toEqual([]);
      const trail = withSummaries(await server.dataSource.query(`SELECT actor_name, action, data FROM audit_event ORDER BY created_at, id`));
      expect(trail).toEqual([
        { actor_name: 'Lea Roth', action: 'member.invited', summary: 'Invited nina@example.test as Administrator' },
        { actor_name: 'Nina Keller', action: 'member.joined', summary: 'Nina Keller joined as Administrator (invited by Lea Roth)' },
      ]);
    });

    it('asks an existing account to sign in, refuses another account, and accepts when signed in as the invited email', async () => {
      const existing = await fixtures.user({ email: 'sam@example.test', displayName: 'Sam Existing' });
      const { token } = await invite('sam@example.test', 'USER');
      const anonymous = server.client();
      expect((await anonymous.data(PREVIEW, { token })).invitationPreview.accountExists).toBe(true);
      const wrong = await signedIn(server, EMAILS.outsider);
      const before = await snapshot(server.dataSource);

      const notSignedIn = await anonymous.request(ACCEPT, { input: { token, displayName: 'Impostor', password: 'a long enough password' } });
      expect(errorCode(notSignedIn)).toBe('UNAUTHENTICATED');
      expect(notSignedIn.errors?.[0].message).toMatch(/log in as sam@example\.test/i);

      const otherAccount = await wrong.request(ACCEPT, { input: { token } });
      expect(errorCode(otherAccount)).toBe('FORBIDDEN');
      expect(otherAccount.errors?.[0].message).toMatch(/log in as sam@example\.test/i);
      expect(await snapshot(server.dataSource)).toEqual(before);

      const sam = await signedIn(server, 'sam@example.test');
      const { acceptMemberInvitation } = await sam.data(ACCEPT, { input: { token } });
      expect(acceptMemberInvitation.membership).toMatchObject({ role: 'USER', person: { email: 'sam@example.test', displayName: 'Sam Existing' } });
      const [membership] = await server.dataSource.query(`SELECT role FROM membership WHERE user_id = $1 AND organization_id = $2`, [
        existing.id,
        team.acme.id,
      ]);
      expect(membership.role).toBe('USER');
    });

    it('refuses a signed-in person an invitation to an email that has no account yet', async () => {
      const { token } = await invite('newcomer@example.test');
      const wrong = await signedIn(server, EMAILS.outsider);
      const before = await snapshot(server.dataSource);
      const response = await wrong.request(ACCEPT, { input: { token, displayName: 'X', password: 'a long enough password' } });
      expect(errorCode(response)).toBe('FORBIDDEN');
      expect(response.errors?.[0].message).toMatch(/newcomer@example\.test/);
      expect(await snapshot(server.dataSource)).toEqual(before);
    });

    it('grants an EXTERNAL invitee exactly the invited products', async () => {
      const chosen = [team.products[1].id, team.products[2].id];
      const { token } = await invite('ext2@example.test', 'EXTERNAL', chosen);
      const client = server.client();
      const { acceptMemberInvitation } = await client.data(ACCEPT, { input: { token, displayName: 'Eve External', password: 'a long enough password' } });
      expect(acceptMemberInvitation.membership.role).toBe('EXTERNAL');
      expect([...acceptMemberInvitation.membership.grantedProductIds].sort()).toEqual([...chosen].sort());
      const { organization } = await client.data(PRODUCTS, { id: team.acme.id });
      expect(organization.viewerRole).toBe('EXTERNAL');
      expect(organization.products.totalCount).toBe(2);
      expect(organization.products.edges.map((e: any) => e.node.id).sort()).toEqual([...chosen].sort());
      expect(errorCode(await client.request(MEMBERS, { id: team.acme.id }))).toBe('FORBIDDEN');
    });
  });

  describe('tokens', () => {
    const create = { displayName: 'Nina Keller', password: 'a long enough password' };

    it('are single use', async () => {
      const { token } = await invite('nina@example.test');
      expect((await server.client().request(ACCEPT, { input: { token, ...create } })).errors).toBeUndefined();
      const before = await snapshot(server.dataSource);
      const again = await server.client().request(ACCEPT, { input: { token, ...create } });
      expect([errorCode(again), field(again)]).toEqual(['BAD_USER_INPUT', 'token']);
      expect(await snapshot(server.dataSource)).toEqual(before);
    });

    it('expire', async () => {
      const { token } = await invite('nina@example.test');
      await server.dataSource.query(`UPDATE member_invitation SET expires_at = now() - interval '1 second'`);
      const before = await snapshot(server.dataSource);
      expect((await server.client().data(PREVIEW, { token })).invitationPreview).toBeNull();
      const response = await server.client().request(ACCEPT, { input: { token, ...create } });
      expect([errorCode(response), field(response)]).toEqual(['BAD_USER_INPUT', 'token']);
      expect(response.errors?.[0].message).toMatch(/no longer valid/);
      expect(await snapshot(server.dataSource)).toEqual(before);
    });

    it('cannot be forged', async () => {
      const { token } = await invite('nina@example.test');
      const before = await snapshot(server.dataSource);
      const forged = [token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A'), 'x', 'a'.repeat(43)];
      for (const candidate of forged) {
        expect((await server.client().data(PREVIEW, { token: candidate })).invitationPreview).toBeNull();
        const response = await server.client().request(ACCEPT, { input: { token: candidate, ...create } });
        expect([errorCode(response), field(response)]).toEqual(['BAD_USER_INPUT', 'token']);
      }
      expect(await snapshot(server.dataSource)).toEqual(before);
    });

    it('stop working when the invitation is cancelled', async () => {
      const { token, invitation, lr } = await invite('nina@example.test');
      const { cancelMemberInvitation } = await lr.data(CANCEL, { input: { invitationId: invitation.id } });
      expect(cancelMemberInvitation.invitation.id).toBe(invitation.id);
      expect((await lr.data(PENDING, { id: team.acme.id })).organization.pendingInvitations).toEqual([]);
      const response = await server.client().request(ACCEPT, { input: { token, ...create } });
      expect([errorCode(response), field(response)]).toEqual(['BAD_USER_INPUT', 'token']);
      const twice = await lr.request(CANCEL, { input: { invitationId: invitation.id } });
      expect(errorCode(twice)).toBe('CONFLICT');
      expect((await server.dataSource.query(`SELECT action FROM audit_event ORDER BY created_at`)).map((r: any) => r.action)).toEqual([
        'member.invited',
        'member.invitation_cancelled',
      ]);
    });

    it('can be declined by whoever holds the link, signed out: the link dies, the organization sees who declined', async () => {
      const { token, lr } = await invite('nina@example.test', 'ADMIN');
      const { declineMemberInvitation } = await server.client().data(DECLINE, { input: { token } });
      expect(declineMemberInvitation.invitation).toMatchObject({ email: 'nina@example.test' });
      expect((await server.client().data(PREVIEW, { token })).invitationPreview).toBeNull();
      expect((await lr.data(PENDING, { id: team.acme.id })).organization.pendingInvitations).toEqual([]);
      const accept = await server.client().request(ACCEPT, { input: { token, ...create } });
      expect([errorCode(accept), field(accept)]).toEqual(['BAD_USER_INPUT', 'token']);
      const twice = await server.client().request(DECLINE, { input: { token } });
      expect([errorCode(twice), field(twice)]).toEqual(['BAD_USER_INPUT', 'token']);
      // Nothing else was written: no account, no membership.
      expect(await server.dataSource.query(`SELECT 1 FROM app_user WHERE email = 'nina@example.test'`)).toEqual([]);
      const trail = withSummaries(await server.dataSource.query(`SELECT actor_name, action, data FROM audit_event ORDER BY created_at, id`));
      expect(trail.map((e) => [e.action, e.summary])).toEqual([
        ['member.invited', 'Invited nina@example.test as Administrator'],
        ['member.invitation_declined', 'nina@example.test declined the invitation to join as Administrator'],
      ]);
    });

    it('cannot be declined with a forged link, which writes nothing', async () => {
      const { token } = await invite('nina@example.test');
      const before = await snapshot(server.dataSource);
      for (const candidate of [token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A'), 'x']) {
        const response = await server.client().request(DECLINE, { input: { token: candidate } });
        expect([errorCode(response), field(response)]).toEqual(['BAD_USER_INPUT', 'token']);
      }
      expect(await snapshot(server.dataSource)).toEqual(before);
    });

    it('let exactly one of two concurrent accepts win', async () => {
      const { token } = await invite('nina@example.test');
      const responses = await Promise.all(
        [1, 2, 3].map((n) => server.client().request(ACCEPT, { input: { token, displayName: `Nina ${n}`, password: 'a long enough password' } })),
      );
      expect(responses.filter((r) => !r.errors)).toHaveLength(1);
      expect(responses.filter((r) => errorCode(r) === 'BAD_USER_INPUT' && field(r) === 'token')).toHaveLength(2);
      const [{ count }] = await server.dataSource.query(
        `SELECT count(*)::int AS count FROM membership m JOIN app_user u ON u.id = m.user_id WHERE u.email = 'nina@example.test'`,
      );
      expect(count).toBe(1);
      expect((await server.dataSource.query(`SELECT 1 FROM app_user WHERE email = 'nina@example.test'`)).length).toBe(1);
    });

    it('are replaced on resend (the old link dies), at most once a minute', async () => {
      const { token: first, invitation, lr } = await invite('nina@example.test');
      const before = await snapshot(server.dataSource);
      const tooSoon = await lr.request(RESEND, { input: { invitationId: invitation.id } });
      expect(errorCode(tooSoon)).toBe('TOO_MANY_REQUESTS');
      expect(tooSoon.errors?.[0].extensions?.['retryAfterSeconds']).toBeGreaterThan(50);
      expect(await snapshot(server.dataSource)).toEqual(before);

      await server.dataSource.query(`UPDATE member_invitation SET sent_at = now() - interval '61 seconds', expires_at = now() + interval '1 day'`);
      const { resendMemberInvitation } = await lr.data(RESEND, { input: { invitationId: invitation.id } });
      expect(Date.parse(resendMemberInvitation.invitation.expiresAt)).toBeGreaterThan(Date.now() + 13.9 * 86_400_000);
      const second = await invitationToken(server.dataSource, 'nina@example.test');
      expect(second).not.toBe(first);
      expect((await rowCounts(server.dataSource)).email_outbox).toBe(2);
      const old = await server.client().request(ACCEPT, { input: { token: first, ...create } });
      expect([errorCode(old), field(old)]).toEqual(['BAD_USER_INPUT', 'token']);
      expect((await server.client().request(ACCEPT, { input: { token: second, ...create } })).errors).toBeUndefined();
    });
  });

  describe('bad input writes nothing', () => {
    async function expectRefused(response: GraphQLResponse, code: string, expectedField: string | undefined, before: unknown) {
      expect([errorCode(response), field(response)]).toEqual([code, expectedField]);
      expect(await snapshot(server.dataSource)).toEqual(before);
    }

    it('refuses inviting a member, a pending invitee, the LEGAL_RESPONSIBLE role, and badly chosen products', async () => {
      const lr = await signedIn(server, EMAILS.lr);
      await lr.data(INVITE, { input: { organizationId: team.acme.id, email: 'pending@example.test', role: 'USER' } });
      const before = await snapshot(server.dataSource);
      const inviteWith = (input: Record<string, unknown>) => lr.request(INVITE, { input: { organizationId: team.acme.id, ...input } });

      const member = await inviteWith({ email: 'TOM@acme.test', role: 'USER' });
      await expectRefused(member, 'CONFLICT', 'email', before);
      expect(member.errors?.[0].message).toMatch(/already a member/);
      await expectRefused(await inviteWith({ email: 'pending@example.test', role: 'ADMIN' }), 'CONFLICT', 'email', before);
      const lrRole = await inviteWith({ email: 'new@example.test', role: 'LEGAL_RESPONSIBLE' });
      await expectRefused(lrRole, 'BAD_USER_INPUT', 'role', before);
      expect(lrRole.errors?.[0].message).toMatch(/transferLegalResponsibility/);
      await expectRefused(await inviteWith({ email: 'new@example.test', role: 'EXTERNAL' }), 'BAD_USER_INPUT', 'productIds', before);
      await expectRefused(await inviteWith({ email: 'new@example.test', role: 'EXTERNAL', productIds: [] }), 'BAD_USER_INPUT', 'productIds', before);
      await expectRefused(
        await inviteWith({ email: 'new@example.test', role: 'EXTERNAL', productIds: [team.products[0].id, team.otherProducts[0].id] }),
        'BAD_USER_INPUT',
        'productIds',
        before,
      );
      await expectRefused(
        await inviteWith({ email: 'new@example.test', role: 'USER', productIds: [team.products[0].id] }),
        'BAD_USER_INPUT',
        'productIds',
        before,
      );
      await expectRefused(await inviteWith({ email: 'not an email', role: 'USER' }), 'BAD_USER_INPUT', 'email', before);
    });

    it('refuses a password the policy refuses and a missing name when creating the account', async () => {
      const { token } = await invite('nina@example.test');
      const before = await snapshot(server.dataSource);
      const client = server.client();
      const short = await client.request(ACCEPT, { input: { token, displayName: 'Nina', password: 'short' } });
      await expectRefused(short, 'BAD_USER_INPUT', 'password', before);
      expect(short.errors?.[0].message).toMatch(/at least 12 characters/);
      // The password policy, with the invited email and the name given as what it must not be built from.
      const common = await client.request(ACCEPT, { input: { token, displayName: 'Nina', password: '123456789012' } });
      await expectRefused(common, 'BAD_USER_INPUT', 'password', before);
      expect(common.errors?.[0].message).toMatch(/too easy to guess/);
      const personal = await client.request(ACCEPT, { input: { token, displayName: 'Nina Keller', password: 'nina@example.test' } });
      await expectRefused(personal, 'BAD_USER_INPUT', 'password', before);
      expect(personal.errors?.[0].message).toMatch(/email address or your name/);
      await expectRefused(
        await client.request(ACCEPT, { input: { token, displayName: 'Nina Keller', password: 'NinaKeller2024!' } }),
        'BAD_USER_INPUT',
        'password',
        before,
      );
      await expectRefused(await client.request(ACCEPT, { input: { token, displayName: 'Nina' } }), 'BAD_USER_INPUT', 'password', before);
      await expectRefused(
        await client.request(ACCEPT, { input: { token, displayName: '   ', password: 'a long enough password' } }),
        'BAD_USER_INPUT',
        'displayName',
        before,
      );
      // The link still works after all of that.
      expect((await client.request(ACCEPT, { input: { token, displayName: 'Nina', password: 'a long enough password' } })).errors).toBeUndefined();
    });

    it('lets a new invitation replace an expired one', async () => {
      const { lr } = await invite('nina@example.test');
      await server.dataSource.query(`UPDATE member_invitation SET expires_at = now() - interval '1 second'`);
      await lr.data(INVITE, { input: { organizationId: team.acme.id, email: 'nina@example.test', role: 'ADMIN' } });
      const rows = await server.dataSource.query(`SELECT role, cancelled_at IS NOT NULL AS cancelled FROM member_invitation ORDER BY created_at`);
      expect(rows).toEqual([
        { role: 'USER', cancelled: true },
        { role: 'ADMIN', cancelled: false },
      ]);
    });
  });

  it('shows pending invitations to the legal responsible and administrators only', async () => {
    await invite('nina@example.test');
    for (const [email, expected] of [
      [EMAILS.admin, 1],
      [EMAILS.user, 0],
      [EMAILS.external, 0],
    ] as const) {
      const { organization } = await (await signedIn(server, email)).data(PENDING, { id: team.acme.id });
      expect(organization.pendingInvitations).toHaveLength(expected);
    }
  });
});
