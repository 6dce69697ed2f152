import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { QueryFailedError } from 'typeorm';
import { createLogger, REDACTED } from '../src/logger';
import { Fixtures, PASSWORD } from './support/fixtures';
import { findLeaks } from './support/log-leaks';
import { EMAILS, INVITE, invitationToken, seedTeam, signedIn, type Team } from './support/members';
import { startTestServer, type TestServer } from './support/test-server';

/** The real logger configuration writing into memory: one parsed object per line. */
function memoryLogger() {
  const lines: Record<string, any>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n')) if (line) lines.push(JSON.parse(line));
      done();
    },
  });
  return { log: createLogger({ logLevel: 'trace', production: false }, stream), lines };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('the logger configuration (createLogger, used by main.ts and the test servers)', () => {
  it('censors secret headers, and secret-named keys at any depth of variables and inputs', async () => {
    const { log, lines } = memoryLogger();
    log.info({ req: { headers: { cookie: 'session=abc123abc123', authorization: 'Bearer tok', accept: '*/*' } } }, 'request');
    log.info({ res: { headers: { 'set-cookie': ['session=abc123abc123; HttpOnly'] } } }, 'response');
    log.info({ password: 'hunter2hunter2', user: { token: 'tttttttttt' } }, 'top level');
    log.info(
      { variables: { input: { email: 'a@b.test', password: 'p1', currentPassword: 'p2', newPassword: 'p3', resetToken: 'r1', deep: [{ apiToken: 't1' }] } } },
      'variables',
    );
    await tick();
    expect(lines[0]['req']['headers']).toEqual({ cookie: REDACTED, authorization: REDACTED, accept: '*/*' });
    expect(lines[1]['res']['headers']['set-cookie']).toBe(REDACTED);
    expect(lines[2]).toMatchObject({ password: REDACTED, user: { token: REDACTED } });
    expect(lines[3]['variables']).toEqual({
      input: { email: 'a@b.test', password: REDACTED, currentPassword: REDACTED, newPassword: REDACTED, resetToken: REDACTED, deep: [{ apiToken: REDACTED }] },
    });
  });

  it('drops the SQL parameters of a failed query (an email body with its link is one) and tokens in messages', async () => {
    const { log, lines } = memoryLogger();
    const link = 'https://manager.test/invitations/accept?token=SECRETSECRETSECRET';
    log.error({ err: new QueryFailedError('INSERT INTO email_outbox VALUES ($1)', [`Accept: ${link}`], new Error('deadlock detected')) }, 'failed');
    log.warn(`someone followed ${link}&answer=refuse`);
    await tick();
    const text = JSON.stringify(lines);
    expect(text).not.toContain('SECRETSECRETSECRET');
    expect(lines[0]['err']).toMatchObject({ type: 'QueryFailedError', message: 'deadlock detected', parameters: REDACTED });
    expect(lines[1]['msg']).toBe(`someone followed https://manager.test/invitations/accept?token=${REDACTED}&answer=refuse`);
  });
});

describe('request and email logs of a running server', () => {
  let server: TestServer;
  let team: Team;
  const webRoot = mkdtempSync(join(tmpdir(), 'manager-web-'));

  beforeAll(async () => {
    writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>Manager</title>');
    // The outbox worker on, without SMTP: the log transport "sends" the invitation.
    server = await startTestServer({ WEB_ROOT: webRoot });
    team = await seedTeam(new Fixtures(server.dataSource));
  });
  afterAll(() => server.close());

  /** Log lines are written when a response finishes, which may be just after the client has it. */
  async function lineWhere(predicate: (line: Record<string, any>) => boolean): Promise<Record<string, any>> {
    for (let attempt = 0; attempt < 50; attempt++) {
      const line = (await server.logLines()).find(predicate);
      if (line) return line;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('no such log line');
  }

  it('logs requests without their cookies, Authorization or Set-Cookie, passwords, tokens or links', async () => {
    const wrong = server.client();
    await wrong.login(EMAILS.lr, 'a wrong password that must not leak');
    const lr = await signedIn(server, EMAILS.lr);
    const session = lr.cookies.get('session') as string;
    expect(session).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const bearer = randomBytes(24).toString('base64url');
    await lr.request(`{ me { email } }`, undefined, { authorization: `Bearer ${bearer}`, 'proxy-authorization': `Basic ${bearer}`, 'x-request-mark': 'headers' });
    await lr.data(INVITE, { input: { organizationId: team.acme.id, email: 'nina@example.test', role: 'USER' } });
    const token = await invitationToken(server.dataSource, 'nina@example.test');
    const page = await fetch(`${server.url}/invitations/accept?token=${token}`, {
      headers: { accept: 'text/html', referer: `${server.url}/invitations/accept?token=${token}` },
    });
    expect(page.status).toBe(200);

    const login = await lineWhere((line) => line['msg'] === 'request completed' && line['res']?.['headers']?.['set-cookie'] !== undefined);
    expect(login['res']['headers']['set-cookie']).toBe(REDACTED);
    const marked = await lineWhere((line) => line['req']?.['headers']?.['x-request-mark'] === 'headers' && line['msg'] === 'request completed');
    expect(marked['req']['headers']).toMatchObject({ cookie: REDACTED, authorization: REDACTED, 'proxy-authorization': REDACTED });
    const visit = await lineWhere((line) => line['msg'] === 'request completed' && String(line['req']?.['url']).startsWith('/invitations/accept'));
    expect(visit['req']).toMatchObject({ url: `/invitations/accept?token=${REDACTED}`, query: { token: REDACTED } });
    expect(visit['req']['headers']['referer']).toBe(`${server.url}/invitations/accept?token=${REDACTED}`);
    // Lines logged through the request's logger carry the request too: the same redaction applies.
    await lr.login(EMAILS.lr, PASSWORD);
    const again = await lineWhere((line) => line['msg'] === 'signed in' && line['req']?.['headers']?.['cookie'] !== undefined);
    expect(again).toMatchObject({ userId: team.lr.userId, req: { headers: { cookie: REDACTED } } });

    const text = (await server.logLines()).map((line) => JSON.stringify(line)).join('\n');
    for (const secret of [session, lr.cookies.get('session') as string, bearer, token, PASSWORD, 'a wrong password that must not leak']) {
      expect(text).not.toContain(secret);
    }
    // The check looks at everything the server writes, SQL included.
    expect(text).toContain('"msg":"sql"');
  });

  it('logs an email sent without SMTP by kind, recipient and subject, never its body or link', async () => {
    const lr = await signedIn(server, EMAILS.lr);
    await lr.data(INVITE, { input: { organizationId: team.acme.id, email: 'omar@example.test', role: 'ADMIN' } });
    const token = await invitationToken(server.dataSource, 'omar@example.test');
    const sent = await lineWhere((line) => line['msg'] === 'email (not sent: no SMTP_URL)' && line['to'] === 'omar@example.test');
    const [row] = await server.dataSource.query(`SELECT id, subject, status FROM email_outbox WHERE to_address = 'omar@example.test'`);
    expect(row.status).toBe('SENT');
    expect(sent).toMatchObject({ emailId: row.id, kind: 'MEMBER_INVITATION', to: 'omar@example.test', subject: row.subject });
    expect(Object.keys(sent)).not.toEqual(expect.arrayContaining(['text']));
    expect(JSON.stringify(await server.logLines())).not.toContain(token);
  });
});

describe('the whole-suite check (global teardown)', () => {
  it('finds a planted secret, token-like or not, even inside a longer run of characters or URL-encoded', () => {
    const folder = mkdtempSync(join(tmpdir(), 'manager-log-check-'));
    const token = randomBytes(32).toString('base64url');
    writeFileSync(join(folder, 'secrets-1.jsonl'), `${JSON.stringify(token)}\n${JSON.stringify('correct horse battery staple')}\n${JSON.stringify('unseen secret value')}\n`);
    writeFileSync(join(folder, 'a.log'), `{"msg":"x","url":"/x?t=ab${token}cd"}\n`);
    writeFileSync(join(folder, 'b.log'), `{"msg":"y","q":"correct%20horse%20battery%20staple"}\n`);
    writeFileSync(join(folder, 'c.log'), '');
    const report = findLeaks(folder);
    expect(report.leaks).toEqual([
      { file: 'a.log', secret: token },
      { file: 'b.log', secret: 'correct horse battery staple' },
    ]);
    expect(report).toMatchObject({ logFiles: 3, secrets: 3, emptyLogFiles: ['c.log'] });
    rmSync(folder, { recursive: true });
  });
});
