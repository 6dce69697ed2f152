/**
 * The floor of bench:managed-clients: the least a server can do to answer the benchmark's
 * operations correctly. `node:http` and one `pg` pool (as large as the API's), no framework; each
 * request is ONE SQL statement, written by hand for its operation, that checks the session and
 * the partner role, counts, pages and reads everything the answer holds; Node only maps the rows
 * to the same JSON the API answers (the benchmark checks every response byte for byte).
 *
 * It applies the same rules as the API, in SQL: the session must be live, the user must hold a
 * role acting for the partner, the partnerships must be live (the access policy's own condition)
 * and products pass the policy's own visibility condition; page size, search length and cursors
 * are checked. Those SQL fragments come from the access policy through FLOOR_POLICY_SQL, built
 * by the benchmark, so this process loads nothing but `pg` and the probe.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Pool } from 'pg';
import { LIST, type ListVariables, PRODUCTS_PER_CLIENT, WITH_PRODUCTS } from './managed-clients.queries';
import { installProbe, reportReady } from './server-probe';

export interface FloorPolicySql {
  /** The partnership `ps` grants anything now. */
  liveListed: string;
  /** The same for the partnership `c` (the count). */
  liveCounted: string;
  /** The actor (`actor.subject`, the policy's subject of a person) may read the product `p`. */
  visibleProducts: string;
  /** ('LEGAL_RESPONSIBLE', …): the roles acting for a partner. */
  actingRoles: string;
}

const MAX_PAGE_SIZE = 100;
const MAX_SEARCH = 100;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

class Refusal extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

/** The products-in-scope count of the partnership `ps`: the API's own definition. */
const PRODUCTS_IN_SCOPE = `CASE WHEN ps.access = 'COMPLETE'
    THEN (SELECT count(*) FROM product p WHERE p.organization_id = ps.client_organization_id)
    ELSE (SELECT count(*) FROM partnership_product pp JOIN product p ON p.id = pp.product_id
          WHERE pp.partnership_id = ps.id AND p.organization_id = ps.client_organization_id)
  END::int`;

function floorStatements(policy: FloorPolicySql) {
  /** $1 the session token's hash, $2 the partner: one row (the user) when allowed, none otherwise. */
  const actor = `(SELECT s.user_id, jsonb_build_object('u', s.user_id) AS subject FROM session s
      WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now()
        AND EXISTS (SELECT 1 FROM membership m WHERE m.user_id = s.user_id AND m.organization_id = $2 AND m.role IN ${policy.actingRoles})) actor`;
  // The client's name is the partnership's own copy (client_name), indexed per partner: no organization is read.
  const listed = `FROM partnership ps
        WHERE ps.partner_organization_id = $2 AND ${policy.liveListed}`;
  const texts = new Map<string, string>();
  return {
    /** Page, count, scope counts and names of one managedClients page. */
    list(order: 'NAME' | 'SINCE', after: boolean, search: boolean): { name: string; text: string } {
      const name = `floor.list.${order}.${after ? 'after' : 'first'}.${search ? 'search' : 'all'}`;
      let text = texts.get(name);
      if (!text) {
        const byName = order === 'NAME';
        const next = search ? 4 : 3; // the first placeholder after $1, $2 (and $3, the pattern)
        const keyset = after ? ` AND (${byName ? 'lower(ps.client_name), ps.client_organization_id' : 'ps.accepted_at, ps.id'}) ${byName ? '>' : '<'} ($${next}::${byName ? 'text' : 'timestamptz'}, $${next + 1}::uuid)` : '';
        const limit = `$${after ? next + 2 : next}`;
        const counted = search
          ? `SELECT count(*)::int FROM partnership c
             WHERE c.partner_organization_id = $2 AND ${policy.liveCounted} AND lower(c.client_name) LIKE $3`
          : `SELECT count(*)::int FROM partnership c WHERE c.partner_organization_id = $2 AND ${policy.liveCounted}`;
        text = `SELECT (${counted}) AS total_count, page.*
          FROM ${actor}
          LEFT JOIN LATERAL (
            SELECT ps.id AS partnership_id, ps.access, ps.billing_owner, ps.accepted_at, ps.ends_at,
                   ps.client_organization_id AS organization_id, ps.client_name AS name, lower(ps.client_name) AS name_key, ${PRODUCTS_IN_SCOPE} AS products_in_scope
            ${listed}${search ? ' AND lower(ps.client_name) LIKE $3' : ''}${keyset}
            ORDER BY ${byName ? 'lower(ps.client_name), ps.client_organization_id' : 'ps.accepted_at DESC, ps.id DESC'}
            LIMIT ${limit}
          ) page ON true
          ORDER BY ${byName ? 'page.name_key, page.organization_id' : 'page.accepted_at DESC, page.partnership_id DESC'}`;
        texts.set(name, text);
      }
      return { name, text };
    },
    /** A page of clients with their names, scope counts and first products' names. */
    withProducts: {
      name: 'floor.with-products',
      text: `SELECT page.*
        FROM ${actor}
        LEFT JOIN LATERAL (
          SELECT ps.client_organization_id AS organization_id, ps.client_name AS name, lower(ps.client_name) AS name_key, ${PRODUCTS_IN_SCOPE} AS products_in_scope,
                 (SELECT coalesce(json_agg(x.name ORDER BY x.name_key, x.id), '[]'::json) FROM (
                    SELECT p.name, lower(p.name) AS name_key, p.id FROM product p
                    WHERE p.organization_id = ps.client_organization_id AND ${policy.visibleProducts}
                    ORDER BY lower(p.name), p.id LIMIT $4) x) AS products
          ${listed}
          ORDER BY lower(ps.client_name), ps.client_organization_id
          LIMIT $3
        ) page ON true
        ORDER BY page.name_key, page.organization_id`,
    },
  };
}

function pageSize(first: unknown): number {
  if (typeof first !== 'number' || !Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new Refusal(`Ask for between 1 and ${MAX_PAGE_SIZE} items.`, 'BAD_USER_INPUT');
  }
  return first;
}

const cursorOf = (values: readonly string[]) => Buffer.from(JSON.stringify(values)).toString('base64url');

function decodeAfter(after: string, order: 'NAME' | 'SINCE'): [string, string] {
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
  } catch {
    // refused below
  }
  if (Array.isArray(values) && values.length === 3 && values[0] === order && typeof values[1] === 'string' && typeof values[2] === 'string' && UUID.test(values[2])) {
    if (order === 'NAME' ? values[1].length <= 1000 && !values[1].includes('\u0000') : ISO.test(values[1])) return [values[1], values[2]];
  }
  throw new Refusal('This cursor is not valid for this list. Use an endCursor returned by the API.', 'BAD_USER_INPUT');
}

interface ListRow {
  total_count: number;
  partnership_id: string | null;
  access: string;
  billing_owner: string | null;
  accepted_at: Date;
  ends_at: Date | null;
  organization_id: string;
  name: string;
  name_key: string;
  products_in_scope: number;
}

interface WithProductsRow {
  organization_id: string | null;
  name: string;
  products_in_scope: number;
  products: string[];
}

function startFloor(pool: Pool, policy: FloorPolicySql) {
  const statements = floorStatements(policy);

  async function list(tokenHash: Buffer, variables: ListVariables) {
    const first = pageSize(variables.first);
    const order = variables.orderBy ?? 'NAME';
    if (order !== 'NAME' && order !== 'SINCE') throw new Refusal('Unknown order.', 'BAD_USER_INPUT');
    const search = variables.search?.trim() || null;
    if (search && search.length > MAX_SEARCH) throw new Refusal(`Search with at most ${MAX_SEARCH} characters.`, 'BAD_USER_INPUT');
    const position = variables.after ? decodeAfter(variables.after, order) : null;
    const { name, text } = statements.list(order, !!position, !!search);
    const pattern = search ? [`%${search.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`] : [];
    const { rows } = await pool.query<ListRow>({ name, text, values: [tokenHash, variables.partner, ...pattern, ...(position ?? []), first + 1] });
    if (!rows.length) throw new Refusal('Organization not found.', 'NOT_FOUND');
    const page = rows[0].partnership_id === null ? [] : rows;
    const edges = page.slice(0, first).map((row) => ({
      cursor: cursorOf(order === 'NAME' ? [order, row.name_key, row.organization_id] : [order, row.accepted_at.toISOString(), row.partnership_id as string]),
      node: {
        partnershipId: row.partnership_id,
        access: row.access,
        billingOwner: row.billing_owner,
        since: row.accepted_at,
        endsAt: row.ends_at,
        productsInScope: row.products_in_scope,
        organization: { id: row.organization_id, name: row.name },
      },
    }));
    return {
      managedClients: {
        totalCount: rows[0].total_count,
        pageInfo: { hasNextPage: page.length > first, endCursor: edges.at(-1)?.cursor ?? null },
        edges,
      },
    };
  }

  async function withProducts(tokenHash: Buffer, variables: { partner: string; first: number }) {
    const first = pageSize(variables.first);
    const { name, text } = statements.withProducts;
    const { rows } = await pool.query<WithProductsRow>({ name, text, values: [tokenHash, variables.partner, first, PRODUCTS_PER_CLIENT] });
    if (!rows.length) throw new Refusal('Organization not found.', 'NOT_FOUND');
    const page = rows[0].organization_id === null ? [] : rows;
    return {
      managedClients: {
        edges: page.map((row) => ({
          node: {
            organization: { name: row.name },
            productsInScope: row.products_in_scope,
            products: { edges: row.products.map((product) => ({ node: { name: product } })) },
          },
        })),
      },
    };
  }

  const operations = new Map<string, (tokenHash: Buffer, variables: never) => Promise<unknown>>([
    [LIST, list],
    [WITH_PRODUCTS, withProducts],
  ]);

  return async function answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const reply = (status: number, body: unknown) => {
      const json = JSON.stringify(body);
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(json) });
      res.end(json);
    };
    try {
      if (req.method !== 'POST' || req.url !== '/graphql') return reply(404, { errors: [{ message: 'Not found.', extensions: { code: 'NOT_FOUND' } }] });
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of req) {
        size += (chunk as Buffer).length;
        if (size > 100_000) return reply(413, { errors: [{ message: 'Request too large.', extensions: { code: 'BAD_REQUEST' } }] });
        chunks.push(chunk as Buffer);
      }
      const { query, variables } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { query?: string; variables?: Record<string, unknown> };
      const operation = query ? operations.get(query) : undefined;
      if (!operation) return reply(400, { errors: [{ message: 'The floor answers the benchmark operations only.', extensions: { code: 'BAD_REQUEST' } }] });
      const token = /(?:^|;\s*)session=([^;]*)/.exec(req.headers.cookie ?? '')?.[1];
      if (!token || token.length > 100) return reply(200, { errors: [{ message: 'Sign in first.', extensions: { code: 'UNAUTHENTICATED' } }], data: null });
      const partner = variables?.['partner'];
      if (typeof partner !== 'string' || !UUID.test(partner)) throw new Refusal('Organization not found.', 'NOT_FOUND');
      const data = await operation(createHash('sha256').update(token).digest(), (variables ?? {}) as never);
      reply(200, { data });
    } catch (error) {
      if (error instanceof Refusal) return reply(200, { errors: [{ message: error.message, path: ['managedClients'], extensions: { code: error.code } }], data: null });
      if (error instanceof SyntaxError) return reply(400, { errors: [{ message: 'The body is not JSON.', extensions: { code: 'BAD_REQUEST' } }] });
      console.error(error);
      reply(500, { errors: [{ message: 'Something went wrong on our side.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    }
  };
}

async function main(): Promise<void> {
  installProbe();
  const policy = JSON.parse(process.env['FLOOR_POLICY_SQL'] ?? 'null') as FloorPolicySql | null;
  if (!policy) throw new Error('FLOOR_POLICY_SQL is not set: the benchmark hands the floor the policy conditions');
  const pool = new Pool({ connectionString: process.env['BENCH_DATABASE_URL'], max: 10 });
  // An idle connection ended by the server (PostgreSQL stopping at the end of a run) is no crash.
  pool.on('error', () => undefined);
  const answer = startFloor(pool, policy);
  const server = createServer((req, res) => void answer(req, res));
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  process.once('SIGTERM', () => {
    server.closeAllConnections();
    server.close();
    void pool.end().finally(() => process.exit(0));
  });
  reportReady(`http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`);
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
