/**
 * The one question the first paint needs answered: is somebody signed in? Asked with a plain
 * `fetch` POST of a query string, so the initial bundle carries neither Apollo Client nor
 * graphql-js (they load with the first page that talks to the API). JSON content type: the API's
 * CSRF prevention accepts it, and the session cookie goes along (same origin).
 *
 * Resolves to the signed-in user's id, or `null` when nobody is signed in; rejects when the API
 * cannot be asked (network down, not JSON, GraphQL errors), so callers can fail closed.
 *
 * @example
 * const userId = await fetchSessionUserId('/graphql');
 */
export async function fetchSessionUserId(uri = '/graphql', fetchFn: typeof fetch = fetch): Promise<string | null> {
  const response = await fetchFn(uri, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ operationName: 'SessionCheck', query: 'query SessionCheck { me { id } }' }),
  });
  const body = (await response.json()) as { data?: { me?: { id?: unknown } | null } | null; errors?: unknown[] };
  if (body.errors?.length || !body.data) throw new Error('session check failed');
  const id = body.data.me?.id;
  return typeof id === 'string' ? id : null;
}

/** Who is signed in, and whether an organization of theirs holds them at two-step enrolment. */
export interface SessionState {
  userId: string;
  secondFactorRequired: boolean;
}

/**
 * Like `fetchSessionUserId`, with `secondFactorRequired`: the guard sends such a person to the
 * enrolment page, the only place the API lets them reach.
 */
export async function fetchSessionState(uri = '/graphql', fetchFn: typeof fetch = fetch): Promise<SessionState | null> {
  const response = await fetchFn(uri, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ operationName: 'SessionCheck', query: 'query SessionCheck { me { id secondFactorRequired } }' }),
  });
  const body = (await response.json()) as { data?: { me?: { id?: unknown; secondFactorRequired?: unknown } | null } | null; errors?: unknown[] };
  if (body.errors?.length || !body.data) throw new Error('session check failed');
  const me = body.data.me;
  return me && typeof me.id === 'string' ? { userId: me.id, secondFactorRequired: me.secondFactorRequired === true } : null;
}
