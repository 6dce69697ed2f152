import { recordSecret } from './log-leaks';

/** API tokens in a response (createApiToken, rotateApiToken hand one out): recorded like every other secret. */
const API_TOKEN = /\bmgr[op]_[0-9A-Za-z]{54}\b/g;

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
  extensions?: { sqlStatements?: number } & Record<string, unknown>;
  headers: Headers;
}

/** Variables that hold secrets: `password`, `currentPassword`, `newPassword`, `token`, `resetToken`… */
const SECRET_VARIABLE = /password|token|secret/i;

/** Records every string under a secret-named key, at any depth, for the suite's log check (ids, `tokenId`, are no secrets). */
function recordSecretVariables(value: unknown, key = ''): void {
  if (typeof value === 'string') {
    if (SECRET_VARIABLE.test(key) && !/Ids?$/.test(key)) recordSecret(value);
  } else if (Array.isArray(value)) {
    for (const item of value) recordSecretVariables(item, key);
  } else if (value && typeof value === 'object') {
    for (const [name, item] of Object.entries(value)) recordSecretVariables(item, name);
  }
}

/**
 * Talks to the API over real HTTP like a browser would: JSON POSTs to /graphql, and a cookie jar
 * of its own so that two clients are two separate people. Every secret it handles (passwords and
 * tokens it sends, session cookies it receives) is recorded for the check that no log holds one
 * (see log-leaks.ts).
 */
export class GraphQLTestClient {
  readonly cookies = new Map<string, string>();

  constructor(readonly baseUrl: string, private readonly headers: Record<string, string> = {}) {}

  async request<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    extraHeaders: Record<string, string> = {},
  ): Promise<GraphQLResponse<T>> {
    recordSecretVariables(variables);
    for (const [name, value] of Object.entries({ ...this.headers, ...extraHeaders })) {
      if (/^(authorization|cookie)$/i.test(name)) recordSecret(value.replace(/^\w+\s+/, ''));
    }
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...this.cookieHeader(), ...this.headers, ...extraHeaders },
      body: JSON.stringify({ query, variables }),
    });
    this.storeCookies(response.headers);
    const text = await response.text();
    for (const [token] of text.matchAll(API_TOKEN)) recordSecret(token);
    const body = JSON.parse(text) as Omit<GraphQLResponse<T>, 'status' | 'headers'>;
    return { ...body, status: response.status, headers: response.headers };
  }

  /** The data of a request that must succeed; fails the test with the errors otherwise. */
  async data<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, extraHeaders: Record<string, string> = {}): Promise<T> {
    const response = await this.request<T>(query, variables, extraHeaders);
    if (response.errors?.length || !response.data) {
      throw new Error(`GraphQL errors: ${JSON.stringify(response.errors)}`);
    }
    return response.data;
  }

  async login(email: string, password: string): Promise<GraphQLResponse> {
    return this.request(`mutation Login($input: LoginInput!) { login(input: $input) { user { id email } } }`, {
      input: { email, password },
    });
  }

  private cookieHeader(): Record<string, string> {
    if (!this.cookies.size) return {};
    return { cookie: [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ') };
  }

  private storeCookies(headers: Headers): void {
    for (const line of headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, value] = pair.split('=');
      const expired = /expires=Thu, 01 Jan 1970/i.test(line) || value === '';
      if (!expired) recordSecret(value);
      if (expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
}

/** The `extensions.code` of the first error, for terse assertions. */
export function errorCode(response: GraphQLResponse): unknown {
  return response.errors?.[0]?.extensions?.['code'];
}
