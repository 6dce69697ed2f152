import { buildClientSchema, getIntrospectionQuery, type IntrospectionQuery } from 'graphql';
import { Fixtures, PASSWORD } from './support/fixtures';
import { type GraphQLTestClient } from './support/graphql-client';
import { repairBaselines, sweepCases, type SweepCase, type SweepIds } from './support/input-sweep';
import { startTestServer, type TestServer } from './support/test-server';
import { inParallel } from './support/tenant-world';

/**
 * The input sweep: every argument of every operation the schema has (read from the running
 * server's introspection, so new operations are swept without editing this file), sent with
 * every mistake a client can make: wrong types, missing required fields, unknown fields, null,
 * Int overflow, NUL, lone surrogates, 10 kB strings, other tenants' ids, malformed and forged
 * cursors. Whatever the answer, it is never a server failure: HTTP 200 or 400 as the
 * GraphQL-over-HTTP spec says, every error coded, every BAD_USER_INPUT naming its field, and a
 * refused request writes no row.
 */

/**
 * Tables a refused request may legitimately write: failed sign-ins are recorded on purpose (the
 * throttle counts them), and so are failed password confirmations by the same kind of table.
 */
const ATTEMPT_TABLES = /attempt|throttle/;

interface Answer {
  status: number;
  contentType: string;
  body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] } | null;
}

describe('input sweep over every operation of the schema', () => {
  let server: TestServer;
  let cookie: string;
  let cases: SweepCase[];
  let countRows: () => Promise<Record<string, number>>;

  beforeAll(async () => {
    // No outbox worker nor reminder job: nothing but the requests writes while rows are counted.
    server = await startTestServer({ OUTBOX_WORKER: 'false' });
    const fixtures = new Fixtures(server.dataSource);
    const world = async (key: string) => {
      const owner = await fixtures.user({ email: `sweep-${key}@example.test` });
      const colleague = await fixtures.user({ email: `sweep-${key}-colleague@example.test` });
      const organization = await fixtures.organization({ name: `Sweep ${key}` });
      const client = await fixtures.organization({ name: `Sweep ${key} client` });
      await fixtures.membership(owner, organization, 'LEGAL_RESPONSIBLE');
      const membership = await fixtures.membership(colleague, organization, 'USER');
      await fixtures.partnerProfile(organization);
      const [product] = await fixtures.products(organization, 3);
      await fixtures.products(client, 2);
      const partnership = await fixtures.partnership(client, organization, { access: 'COMPLETE' });
      const session = server.client();
      const login = await session.login(owner.email, PASSWORD);
      if (login.errors) throw new Error(JSON.stringify(login.errors));
      const invitation = await session.data(
        `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { invitation { id } } }`,
        { input: { organizationId: organization.id, email: `invitee-${key}@example.test`, role: 'USER' } },
      );
      await session.data(`mutation($input: TopUpWalletInput!) { topUpWallet(input: $input) { wallet { balance { amountMinor } } } }`, {
        input: { organizationId: organization.id, amountMinor: 100_000, idempotencyKey: `sweep-top-up-${key}` },
      });
      const ids = {
        organizationId: organization.id,
        clientOrganizationId: organization.id,
        partnerOrganizationId: organization.id,
        membershipId: membership.id,
        productId: product.id,
        partnershipId: partnership.id,
        invitationId: invitation.inviteMember.invitation.id,
      };
      return { owner, session, ids };
    };
    const actor = await world('a');
    const other = await world('b');
    const scratch = await world('scratch');
    cookie = cookieOf(actor.session);

    const introspection = await actor.session.data<IntrospectionQuery>(getIntrospectionQuery());
    const { termsOfUse } = await actor.session.data(`{ termsOfUse { version } }`);
    const schema = buildClientSchema(introspection);
    const scratchCookie = cookieOf(scratch.session);
    const choices = await repairBaselines(
      schema,
      { ids: { own: scratch.ids, foreign: {} }, email: scratch.owner.email, password: PASSWORD, termsVersion: termsOfUse.version },
      async (sweepCase) => (await send(sweepCase, scratchCookie)).body?.errors,
    );
    const ids: SweepIds = { own: actor.ids, foreign: other.ids };
    cases = sweepCases(schema, { ids, email: actor.owner.email, password: PASSWORD, termsVersion: termsOfUse.version }, choices);

    const tables: { tablename: string }[] = await server.dataSource.query(
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations' ORDER BY tablename`,
    );
    const counted = tables.map((t) => t.tablename).filter((name) => !ATTEMPT_TABLES.test(name));
    const sql = `SELECT json_build_object(${counted.map((name) => `'${name}', (SELECT count(*) FROM "${name}")`).join(', ')}) AS counts`;
    countRows = async () => (await server.dataSource.query(sql))[0].counts;
    // The fixtures sign several people up (argon2 each) and the schema is read whole: on a loaded CI machine that outgrows Jest's 30 s.
  }, 120_000);
  afterAll(() => server.close());

  /**
   * The sign-up throttle (ten per IP an hour, counted from stored terms acceptances) would answer
   * most sign-up cases TOO_MANY_REQUESTS before their input is looked at; it has its own tests.
   * Moving past acceptances back in time lets each batch through (an UPDATE: counts stay put).
   */
  const relaxSignUpThrottle = () => server.dataSource.query(`UPDATE terms_acceptance SET accepted_at = accepted_at - interval '1 day'`);

  const cookieOf = (client: GraphQLTestClient) => [...client.cookies].map(([name, value]) => `${name}=${value}`).join('; ');

  const send = async (sweepCase: SweepCase, as: string = cookie): Promise<Answer> => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(sweepCase.anonymous ? {} : { cookie: as }) },
      body: JSON.stringify({ query: sweepCase.query, variables: sweepCase.variables }),
    });
    const text = await response.text();
    // SWEEP_DEBUG=<regex of case labels> prints those cases and their answers.
    if (process.env.SWEEP_DEBUG && new RegExp(process.env.SWEEP_DEBUG).test(sweepCase.label)) process.stdout.write(`${sweepCase.label} ${JSON.stringify(sweepCase.variables).slice(0, 400)}\n  => ${response.status} ${text.slice(0, 300)}\n`);
    let body: Answer['body'] = null;
    try {
      body = JSON.parse(text);
    } catch {
      // judged below: an answer that is not JSON
    }
    return { status: response.status, contentType: response.headers.get('content-type') ?? '', body };
  };

  const refused = (answer: Answer) => Boolean(answer.body?.errors?.length);

  /** What is wrong with an answer, whatever the case: [] when it is a proper one. */
  const problems = (answer: Answer): string[] => {
    const found: string[] = [];
    if (![200, 400].includes(answer.status)) found.push(`HTTP ${answer.status}`);
    if (!answer.contentType.includes('json') || !answer.body) found.push(`not JSON (${answer.contentType})`);
    for (const error of answer.body?.errors ?? []) {
      const code = error.extensions?.['code'];
      if (typeof code !== 'string') found.push(`no code: ${error.message}`);
      else if (code === 'INTERNAL_SERVER_ERROR') found.push(`INTERNAL_SERVER_ERROR: ${error.message}`);
      if (code === 'BAD_USER_INPUT' && !(typeof error.extensions?.['field'] === 'string' && error.extensions['field'])) {
        found.push(`BAD_USER_INPUT without field: ${error.message}`);
      }
    }
    return found;
  };

  const changed = (before: Record<string, number>, after: Record<string, number>) =>
    Object.keys(after).filter((table) => before[table] !== after[table]).map((table) => `${table} ${before[table]} → ${after[table]}`);

  it('answers every case with a coded client error or data, never a server failure, and writes nothing when it refuses', async () => {
    const started = Date.now();
    const failures: string[] = [];
    const fail = (sweepCase: SweepCase, what: string[]) => failures.push(`${sweepCase.label} (${sweepCase.operation}): ${what.join('; ')}`);
    let refusals = 0;

    /** One case alone between two counts: what a refusal wrote, if anything. */
    const alone = async (sweepCase: SweepCase) => {
      const before = await countRows();
      const answer = await send(sweepCase);
      const after = await countRows();
      const wrote = refused(answer) ? changed(before, after) : [];
      return { answer, wrote };
    };

    /**
     * Cases four at a time between two counts. When the counts moved, an accepted case may be
     * the writer: each refused case of the batch is sent again alone to find out.
     */
    const batch = async (group: SweepCase[]) => {
      await relaxSignUpThrottle();
      const before = await countRows();
      const answers = await Promise.all(group.map((c) => send(c)));
      const after = await countRows();
      answers.forEach((answer, i) => {
        const found = problems(answer);
        if (found.length) fail(group[i], found);
        if (refused(answer)) refusals += 1;
      });
      if (!changed(before, after).length) return;
      let pinned = false;
      for (const [i, answer] of answers.entries()) {
        if (!refused(answer)) continue;
        const again = await alone(group[i]);
        if (again.wrote.length) {
          pinned = true;
          fail(group[i], [`refused but wrote ${again.wrote.join(', ')}`]);
        }
      }
      if (!pinned && answers.every(refused)) fail(group[0], [`a batch of refusals wrote ${changed(before, after).join(', ')}: ${group.map((c) => c.label).join(' | ')}`]);
    };

    const inBatches = async (list: SweepCase[]) => {
      const groups: SweepCase[][] = [];
      for (let i = 0; i < list.length; i += 4) groups.push(list.slice(i, i + 4));
      // One batch at a time: the counts around a batch must see only its own requests.
      await inParallel(groups, 1, batch);
    };

    // Reads first, then the mistakes on mutations; the baselines of mutations last and one at a
    // time, since they may succeed and change what the actor can reach (a transfer, a removal).
    await inBatches(cases.filter((c) => c.operation === 'query'));
    await inBatches(cases.filter((c) => c.operation === 'mutation' && !c.baseline));
    for (const sweepCase of cases.filter((c) => c.operation === 'mutation' && c.baseline)) {
      await relaxSignUpThrottle();
      const { answer, wrote } = await alone(sweepCase);
      const found = problems(answer);
      if (refused(answer)) refusals += 1;
      if (wrote.length) found.push(`refused but wrote ${wrote.join(', ')}`);
      if (found.length) fail(sweepCase, found);
    }

    const operations = new Set(cases.map((c) => c.label.split(':')[0])).size;
    console.log(
      `input sweep: ${cases.length} cases over ${operations} fields with arguments, ${refusals} refused, ` +
        `${failures.length} failures, ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    expect(failures).toEqual([]);
    expect(cases.length).toBeGreaterThan(500);
  }, 300_000);
});
