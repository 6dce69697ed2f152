import { Injectable, inject, signal } from '@angular/core';
import { Router } from '@angular/router';
import { Observable } from 'rxjs';
import { GraphqlText, postGraphql } from '../fetch/post-graphql';
import { SessionCache } from '../session/session-cache';
import { followSessionError } from '../session/session-errors';

export interface MutateOptions {
  /**
   * Whether views of shared data read again afterwards (`changes`); false for a mutation whose
   * page leaves at once (logging out, a language that reloads the app).
   */
  announce?: boolean;
}

/**
 * The GraphQL client of the signed-in shell and the dashboard, which load neither Apollo Client
 * nor graphql-js (about 45 kB brotli with every parsed document): each operation is one `fetch`
 * POST of a document codegen emits as text (`generated/light/`, LIGHT_DOCUMENTS in codegen.ts),
 * with no cache, so a query always asks the API. The session rule is Apollo's
 * (`followSessionError`): UNAUTHENTICATED goes to /login, SECOND_FACTOR_REQUIRED to enrolment.
 *
 * Without a shared cache, what the shell shows (the account, the organizations, the tabs) would
 * go stale when a page changes it (renames the organization, creates one, changes a role):
 * `changes` counts the mutations sent, through this client or through Apollo (whose link
 * announces them, see `provideGraphql`), and the shell reads its data again when it moves.
 *
 * @example
 * const graphql = inject(GraphqlClient);
 * graphql.query(MeDocument).subscribe((data) => me.set(data.me));
 * await graphql.mutate(LogoutDocument, undefined, { announce: false });
 */
@Injectable({ providedIn: 'root' })
export class GraphqlClient {
  private readonly router = inject(Router);
  private readonly sessionCache = inject(SessionCache);
  private readonly changeCount = signal(0);

  /** How many mutations have been sent so far, by either client: a signal to read again on. */
  readonly changes = this.changeCount.asReadonly();

  /**
   * Asks the API; emits the data once and completes. Unsubscribing cancels the request. Errors:
   * `GraphqlResponseError` when the API answers with errors (`apiError()` reads it), any other
   * when it cannot be asked.
   */
  query<TData, TVariables>(document: GraphqlText<TData, TVariables>, variables?: TVariables): Observable<TData> {
    return new Observable<TData>((subscriber) => {
      const abort = new AbortController();
      this.send(document, variables, abort.signal).then(
        (data) => {
          subscriber.next(data);
          subscriber.complete();
        },
        (error: unknown) => subscriber.error(error),
      );
      return () => abort.abort();
    });
  }

  /** Sends a mutation; once it succeeded, announces the change (`changes`) unless told not to. */
  async mutate<TData, TVariables>(
    document: GraphqlText<TData, TVariables>,
    variables?: TVariables,
    { announce = true }: MutateOptions = {},
  ): Promise<TData> {
    const data = await this.send(document, variables);
    if (announce) this.announceChange();
    return data;
  }

  /** Something the API keeps changed (Apollo's mutations report here too). */
  announceChange(): void {
    this.changeCount.update((count) => count + 1);
  }

  private async send<TData, TVariables>(document: GraphqlText<TData, TVariables>, variables: TVariables | undefined, signal?: AbortSignal): Promise<TData> {
    try {
      return await postGraphql(document, variables, { signal });
    } catch (error) {
      followSessionError(error, this.router, () => this.sessionCache.clear());
      throw error;
    }
  }
}
