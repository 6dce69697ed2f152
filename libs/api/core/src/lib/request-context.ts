import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import type { PolicyLoaders } from './policy/access-policy';

/** Who is acting. Absent when nobody is signed in. */
export interface Actor {
  userId: string;
  sessionId: string;
}

/**
 * Everything a resolver or service may know about the request. Services take it as their first
 * parameter so that scope is never implicit. `loaders` is built fresh for every request: batching
 * and caching never cross two requests (or two actors).
 */
export interface RequestContext {
  actor: Actor | null;
  dataSource: DataSource;
  log: Logger;
  ip: string;
  loaders: Loaders;
  /** Where people reach the app (links in emails), without a trailing slash. */
  publicUrl: string;
  /** Set by identity when it signs in or out, so the HTTP layer writes the cookie. */
  session: SessionCookieWriter;
  /**
   * Makes `actor` the one acting for the rest of this request, with loaders built afresh for them:
   * the ones built for nobody would answer the payload of a login or a sign-up as for nobody (no
   * memberships, no access). Call it once the session is written.
   */
  signIn(actor: Actor): void;
  /** The opposite, for logout: nobody acts any more in this request, and the loaders forget. */
  signOut(): void;
}

export interface SessionCookieWriter {
  set(token: string, expiresAt: Date): void;
  clear(): void;
}

/**
 * The request's DataLoaders: one entry per bounded context, keyed by the context's registration
 * name. Each context adds its own entry by declaration merging, beside its loader factory:
 *
 * ```ts
 * declare module '@manager/api-core' {
 *   interface Loaders { catalog: CatalogLoaders }
 * }
 * ```
 *
 * so `ctx.loaders.catalog` is typed wherever the catalog is imported, without a cast, and the
 * app's list of registrations fails to compile while one of these entries has no factory there
 * (see `loadersFactory`). Core's own entry (`core`) is the access policy's.
 */
export interface Loaders {
  core: PolicyLoaders;
}

/** Builds one context's loaders for one request, for `actor`. */
export type LoaderFactory<L extends object = object> = (dataSource: DataSource, actor: Actor | null) => L;

export function requireActor(ctx: RequestContext): Actor {
  if (!ctx.actor) {
    throw Object.assign(new Error('no actor'), { code: 'UNAUTHENTICATED' });
  }
  return ctx.actor;
}
