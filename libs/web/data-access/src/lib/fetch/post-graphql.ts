import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { GraphqlErrorEntry, GraphqlResponseError } from '../errors/api-error';

/** A typed document as text: what codegen emits for the fetch documents (`generated/fetch`). */
export type GraphqlText<TData, TVariables> = DocumentTypeDecoration<TData, TVariables> & { toString(): string };

export interface PostGraphqlOptions {
  uri?: string;
  fetchFn?: typeof fetch;
  /** Cancels the request (a page left, a newer question asked). */
  signal?: AbortSignal;
}

/**
 * One GraphQL operation as a plain `fetch` POST, for the signed-out pages (login, sign-up,
 * forgot password), which need one or two calls and no cache, and under `GraphqlClient` (the
 * signed-in shell and the dashboard): they then load neither Apollo Client nor graphql-js nor
 * the parsed form of every other document. It speaks to the API the
 * way Apollo's HttpLink does: same-origin JSON (the API's CSRF prevention accepts it, the session
 * cookie goes along), the same `accept` header, a GraphQL-response body read whatever the HTTP
 * status, anything else above 299 a network failure.
 *
 * Resolves to `data`; rejects with `GraphqlResponseError` when the API answers with errors
 * (`apiError()` reads it like Apollo's), with any other error when the API cannot be asked.
 *
 * @example
 * const data = await postGraphql(LoginDocument, { input: { email, password } });
 */
export async function postGraphql<TData, TVariables>(
  document: GraphqlText<TData, TVariables>,
  variables?: TVariables,
  { uri = '/graphql', fetchFn = fetch, signal }: PostGraphqlOptions = {},
): Promise<TData> {
  const query = document.toString();
  const response = await fetchFn(uri, {
    method: 'POST',
    credentials: 'same-origin',
    signal,
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json,application/json;q=0.9' },
    body: JSON.stringify({ operationName: operationName(query), variables: variables ?? {}, query }),
  });
  const isGraphqlResponse = response.headers.get('content-type')?.includes('application/graphql-response+json') ?? false;
  if (!isGraphqlResponse && response.status >= 300) throw new Error(`The API answered with HTTP ${response.status}`);
  const body = (await response.json()) as { data?: TData | null; errors?: GraphqlErrorEntry[] } | null;
  if (!body || typeof body !== 'object' || (!('data' in body) && !('errors' in body))) {
    throw new Error('The API answered with something other than a GraphQL response');
  }
  if (body.errors?.length) throw new GraphqlResponseError(body.errors);
  if (body.data == null) throw new Error('The API answered without data');
  return body.data;
}

/** The name of the operation the document starts with (codegen puts fragments after it). */
function operationName(query: string): string | undefined {
  return /^\s*(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/.exec(query)?.[1];
}
