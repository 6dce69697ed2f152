import { createHash } from 'node:crypto';
import { Fixtures } from './support/fixtures';
import { errorCode, type GraphQLResponse, type GraphQLTestClient } from './support/graphql-client';
import {
  ACCEPT,
  CANCEL,
  CHANGE_ROLE,
  EMAILS,
  INVITE,
  legalResponsibles,
  MEMBERS,
  REMOVE,
  RESEND,
  rowCounts,
  seedTeam,
  SET_PRODUCTS,
  signedIn,
  snapshot,
  TRANSFER,
  type Team,
} from './support/members';
import { startTestServer, type TestServer } from './support/test-server';

/**
 * Who may do what with members and invitations: every actor against every operation, with the
 * outcome each must get. OK means the change happened (one more audit event); anything else means
 * the error code and nothing written at all. A change to who-may-do-what shows here in review.
 */
type Actor = 'LEGAL_RESPONSIBLE' | 'ADMIN' | 'USER' | 'EXTERNAL' | 'NON_MEMBER' | 'ANONYMOUS';
type Outcome = 'OK' | 'FORBIDDEN' | 'NOT_FOUND' | 'UNAUTHENTICATED' | 'CONFLICT' | 'BAD_USER_INPUT';

const ACTOR_EMAIL: Record<Exclude<Actor, 'ANONYMOUS'>, string> = {
  LEGAL_RESPONSIBLE: EMAILS.lr,
  ADMIN: EMAILS.admin,
  USER: EMAILS.user,
  EXTERNAL: EMAILS.external,
  NON_MEMBER: EMAILS.outsider,
};

const INVITATION_TOKEN = 'role-matrix-invitation-token-0123456789abcdef';

interface Operation {
  name: string;
  run(client: GraphQLTestClient, team: Team, invitationId: string): Promise<GraphQLResponse>;
  expected: Record<Actor, Outcome>;
}

/** The usual row: the legal responsible and administrators may, other members are refused, outsiders see nothing. */
const MANAGERS_ONLY: Record<Actor, Outcome> = {
  LEGAL_RESPONSIBLE: 'OK',
  ADMIN: 'OK',
  USER: 'FORBIDDEN',
  EXTERNAL: 'FORBIDDEN',
  NON_MEMBER: 'NOT_FOUND',
  ANONYMOUS: 'UNAUTHENTICATED',
};

/**
 * On one member's membership: an EXTERNAL member does not see the other people, so theirs is
 * NOT_FOUND, like a made-up id (its own membership it sees: see setExternalProducts below).
 */
const ON_SOMEONE_ELSE: Record<Actor, Outcome> = { ...MANAGERS_ONLY, EXTERNAL: 'NOT_FOUND' };

/** Pending invitations are seen only by those who manage members: anyone else is told NOT_FOUND. */
const ON_AN_INVITATION: Record<Actor, Outcome> = { ...MANAGERS_ONLY, USER: 'NOT_FOUND', EXTERNAL: 'NOT_FOUND' };

const OPERATIONS: Operation[] = [
  {
    name: 'inviteMember (USER)',
    run: (c, t) => c.request(INVITE, { input: { organizationId: t.acme.id, email: 'new@example.test', role: 'USER' } }),
    expected: MANAGERS_ONLY,
  },
  {
    name: 'inviteMember (EXTERNAL with products)',
    run: (c, t) =>
      c.request(INVITE, { input: { organizationId: t.acme.id, email: 'new@example.test', role: 'EXTERNAL', productIds: [t.products[1].id] } }),
    expected: MANAGERS_ONLY,
  },
  {
    name: 'inviteMember (LEGAL_RESPONSIBLE)',
    run: (c, t) => c.request(INVITE, { input: { organizationId: t.acme.id, email: 'new@example.test', role: 'LEGAL_RESPONSIBLE' } }),
    expected: { ...MANAGERS_ONLY, LEGAL_RESPONSIBLE: 'BAD_USER_INPUT', ADMIN: 'BAD_USER_INPUT' },
  },
  {
    name: 'cancelMemberInvitation',
    run: (c, _t, invitationId) => c.request(CANCEL, { input: { invitationId } }),
    expected: ON_AN_INVITATION,
  },
  {
    name: 'resendMemberInvitation',
    run: (c, _t, invitationId) => c.request(RESEND, { input: { invitationId } }),
    expected: ON_AN_INVITATION,
  },
  {
    // The invitation is for an email without an account: only someone signed out may create it.
    name: 'acceptMemberInvitation (someone else’s)',
    run: (c) => c.request(ACCEPT, { input: { token: INVITATION_TOKEN, displayName: 'New Person', password: 'a long enough password' } }),
    expected: {
      LEGAL_RESPONSIBLE: 'FORBIDDEN',
      ADMIN: 'FORBIDDEN',
      USER: 'FORBIDDEN',
      EXTERNAL: 'FORBIDDEN',
      NON_MEMBER: 'FORBIDDEN',
      ANONYMOUS: 'OK',
    },
  },
  {
    name: 'changeMemberRole (a USER to ADMIN)',
    run: (c, t) => c.request(CHANGE_ROLE, { input: { membershipId: t.tom.id, role: 'ADMIN' } }),
    expected: ON_SOMEONE_ELSE,
  },
  {
    name: 'changeMemberRole (a USER to LEGAL_RESPONSIBLE)',
    run: (c, t) => c.request(CHANGE_ROLE, { input: { membershipId: t.tom.id, role: 'LEGAL_RESPONSIBLE' } }),
    expected: { ...ON_SOMEONE_ELSE, LEGAL_RESPONSIBLE: 'BAD_USER_INPUT', ADMIN: 'BAD_USER_INPUT' },
  },
  {
    name: 'changeMemberRole (the legal responsible to ADMIN)',
    run: (c, t) => c.request(CHANGE_ROLE, { input: { membershipId: t.lr.id, role: 'ADMIN' } }),
    expected: { ...ON_SOMEONE_ELSE, LEGAL_RESPONSIBLE: 'CONFLICT', ADMIN: 'FORBIDDEN' },
  },
  {
    name: 'removeMember (a USER)',
    run: (c, t) => c.request(REMOVE, { input: { membershipId: t.tom.id } }),
    expected: ON_SOMEONE_ELSE,
  },
  {
    name: 'removeMember (the legal responsible)',
    run: (c, t) => c.request(REMOVE, { input: { membershipId: t.lr.id } }),
    expected: { ...ON_SOMEONE_ELSE, LEGAL_RESPONSIBLE: 'CONFLICT', ADMIN: 'FORBIDDEN' },
  },
  {
    name: 'transferLegalResponsibility (to an ADMIN)',
    run: (c, t) => c.request(TRANSFER, { input: { membershipId: t.admin.id } }),
    expected: { ...ON_SOMEONE_ELSE, ADMIN: 'FORBIDDEN' },
  },
  {
    // On the EXTERNAL member's own membership, which it sees: refused openly.
    name: 'setExternalProducts',
    run: (c, t) => c.request(SET_PRODUCTS, { input: { membershipId: t.external.id, productIds: [t.products[1].id, t.products[2].id] } }),
    expected: MANAGERS_ONLY,
  },
  {
    name: 'members (read)',
    run: (c, t) => c.request(MEMBERS, { id: t.acme.id }),
    expected: { ...MANAGERS_ONLY, USER: 'OK' },
  },
];

const ACTORS: Actor[] = ['LEGAL_RESPONSIBLE', 'ADMIN', 'USER', 'EXTERNAL', 'NON_MEMBER', 'ANONYMOUS'];
const CASES = OPERATIONS.flatMap((operation) => ACTORS.map((actor) => [operation.name, actor, operation.expected[actor], operation] as const));

describe('role matrix: members and invitations', () => {
  let server: TestServer;
  let fixtures: Fixtures;

  beforeAll(async () => {
    server = await startTestServer();
    fixtures = new Fixtures(server.dataSource);
  });
  afterAll(() => server.close());
  beforeEach(() => server.reset());

  it('covers every actor for every operation', () => {
    for (const operation of OPERATIONS) expect(Object.keys(operation.expected).sort()).toEqual([...ACTORS].sort());
  });

  it.each(CASES)('%s by %s → %s', async (_name, actor, expected, operation) => {
    const team = await seedTeam(fixtures);
    // A pending invitation, sent long enough ago to be resent, for an email without an account.
    const [invitation] = await server.dataSource.query(
      `INSERT INTO member_invitation (organization_id, email, role, token_hash, invited_by_user_id, invited_by_name, sent_at, expires_at)
       VALUES ($1, 'invitee@example.test', 'USER', $2, $3, 'Lea Roth', now() - interval '2 minutes', now() + interval '14 days')
       RETURNING id`,
      [team.acme.id, createHash('sha256').update(INVITATION_TOKEN).digest(), team.lr.userId],
    );
    const client = actor === 'ANONYMOUS' ? server.client() : await signedIn(server, ACTOR_EMAIL[actor]);
    const before = await snapshot(server.dataSource);
    const auditBefore = (await rowCounts(server.dataSource)).audit_event;

    const response = await operation.run(client, team, invitation.id);

    if (expected === 'OK') {
      expect(response.errors).toBeUndefined();
      const isRead = operation.name.endsWith('(read)');
      expect((await rowCounts(server.dataSource)).audit_event).toBe(auditBefore + (isRead ? 0 : 1));
    } else {
      expect(errorCode(response)).toBe(expected);
      expect(await snapshot(server.dataSource)).toEqual(before);
    }
    expect(await legalResponsibles(server.dataSource, team.acme.id)).toHaveLength(1);
  });
});
