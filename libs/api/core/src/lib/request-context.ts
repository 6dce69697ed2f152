import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import type { ApiTokenKind, ApiTokenScopes, Language, MembershipRole } from '@manager/domain';
import type { PolicyLoaders } from './policy/access-policy';

/**
 * Who is acting. Absent when nobody is signed in. A person signed in with the session cookie has
 * a `sessionId`; a script calling with an API token has `token` instead, and `userId` is then the
 * person whose CURRENT role in the token's owner organization bounds it (its creator, or whoever
 * rotated it last): the access policy narrows everything that person reaches to what the token
 * may reach (see `ApiTokenGrant`).
 */
export type Actor = SessionActor | TokenActor;

export interface SessionActor {
  userId: string;
  sessionId: string;
  token?: undefined;
  /** The session was opened with a second factor (or one was enrolled in it since). */
  secondFactor?: boolean;
  /**
   * An organization of the person requires two-step verification and this session has none: it
   * reaches nothing but enrolment (the operation guard refuses the rest with
   * SECOND_FACTOR_REQUIRED, and the access policy grants nothing).
   */
  secondFactorRequired?: boolean;
  /** The person's saved language (`app_user.language`, read with the session); null until they choose one. */
  language?: Language | null;
  /**
   * The person's own non-EXTERNAL roles, `[organizationId, role]`, read with the session
   * (`ownRolesSql`): the access policy's decision for those organizations needs nothing else, so
   * a query primes it from them instead of asking in a statement of its own (`primeOwnRoles`).
   */
  ownRoles?: readonly (readonly [string, MembershipRole])[] | null;
}

export interface TokenActor {
  userId: string;
  sessionId: null;
  token: ApiTokenGrant;
  /** Two-step verification is about people signing in: a token has neither flag. */
  secondFactor?: undefined;
  secondFactorRequired?: undefined;
  /** A script reads in the language of its `Accept-Language`, whoever created the token. */
  language?: undefined;
  /** A token's access is always narrowed by the policy's statement (`throughToken`). */
  ownRoles?: undefined;
}

/**
 * What an API token allows, read once when the request is authenticated (so a revocation, a
 * block or a change of selection takes effect on the next request). The live parts — the
 * creator's role, the partnerships and their scopes — are read by the policy as for a person.
 */
export interface ApiTokenGrant {
  id: string;
  kind: ApiTokenKind;
  name: string;
  /** The organization that owns the token: the only one it reaches as a member. */
  ownerOrganizationId: string;
  createdByUserId: string;
  scopes: ApiTokenScopes;
  /** The clients it may reach through the owner's live partnerships; null: all of them, present and future. */
  clientOrganizationIds: readonly string[] | null;
  /** Clients whose legal responsible blocked it for their organization. */
  blockedByClientIds: readonly string[];
}

/** Whether the request is made with an API token (not a person's session). */
export function isTokenActor(actor: Actor | null | undefined): actor is TokenActor {
  return Boolean(actor?.token);
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
  /** The request's User-Agent header (sessions list their device with it); absent outside HTTP. */
  userAgent?: string | null;
  loaders: Loaders;
  /**
   * The language the caller reads: error messages, PDFs, CSV headers are written in it. The
   * account's saved preference, else `Accept-Language`, else English (`negotiateLanguage`).
   * Emails follow their recipient's own preference, not the caller's.
   */
  language: Language;
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
