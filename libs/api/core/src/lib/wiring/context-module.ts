import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import type { EmailTransport } from '../outbox/email-transport';
import type { LoaderFactory, Loaders } from '../request-context';
import type { OrderedMigration } from './migration-order';

/** What a background job gets when the process starts it. */
export interface JobDependencies {
  dataSource: DataSource;
  log: Logger;
  /** Where people reach the app (links in emails); known once the server listens. */
  publicUrl: () => string;
  transport: EmailTransport;
}

export interface RunningJob {
  /** Ends the current run, then resolves; no run starts afterwards. */
  stop(): Promise<void>;
}

export type JobStarter = (dependencies: JobDependencies) => RunningJob;

// TypeGraphQL and TypeORM take classes as plain functions.
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type Class = Function;

/**
 * Everything one bounded context adds to the API process. The app lists these objects once and
 * takes resolvers, entities, migrations, loaders and jobs from them.
 */
export interface ContextModule<N extends string = string> {
  /** Also the key of the context's entry in `Loaders`, when it has loaders. */
  readonly name: N;
  readonly resolvers: readonly Class[];
  readonly entities: readonly Class[];
  /** The context's migrations; their order across contexts is each one's `runsAfter`. */
  readonly migrations: readonly OrderedMigration[];
  readonly loaders?: LoaderFactory;
  /** Started where the outbox worker runs (see the API's `OUTBOX_WORKER`). */
  readonly jobs?: readonly JobStarter[];
}

/** A context with an entry in `Loaders` must build exactly that entry; one without has no loaders. */
type LoadersOf<N extends string> = N extends keyof Loaders ? { readonly loaders: LoaderFactory<Loaders[N]> } : { readonly loaders?: never };

/**
 * Declares a context's registration, checking that its loader factory builds what its entry in
 * `Loaders` promises.
 *
 * @example
 * export const catalogModule = defineContext({
 *   name: 'catalog',
 *   resolvers: [OrganizationProductsResolver],
 *   entities: [Product],
 *   migrations: [CreateCatalog1764170002000],
 *   loaders: createCatalogLoaders,
 * });
 */
export function defineContext<const N extends string>(module: ContextModule<N> & LoadersOf<N>): ContextModule<N> & LoadersOf<N> {
  return module;
}

type Unregistered<Ms extends readonly ContextModule[]> = Exclude<keyof Loaders, Ms[number]['name']>;

/**
 * Compiles only when every entry of `Loaders` has its context in `modules`: a context whose
 * loaders are read somewhere but not registered in the app is a type error naming it, not a
 * `Cannot read properties of undefined` in some resolver.
 */
type EveryLoaderRegistered<Ms extends readonly ContextModule[]> = [Unregistered<Ms>] extends [never]
  ? unknown
  : { readonly unregisteredLoaders: Unregistered<Ms> };

/**
 * The factory of a request's loaders: every registered context's entry, built for `actor` when
 * the request first reads it (a request reads the loaders of two or three contexts; building all
 * of them, twenty-odd DataLoaders, for each request was work and garbage for nothing). Once
 * built, an entry is a plain property of the request's loaders, read as before.
 */
export function loadersFactory<const Ms extends readonly ContextModule[]>(modules: Ms & EveryLoaderRegistered<Ms>): LoaderFactory<Loaders> {
  const factories = modules.flatMap(({ name, loaders }) => (loaders ? [{ name, loaders }] : []));
  const dependencies = Symbol('dependencies');
  type Dependencies = [DataSource, Parameters<LoaderFactory>[1]];
  // One prototype for every request: a getter per context builds its entry on first read, then
  // shadows itself with the entry as an own property of that request's loaders.
  class RequestLoaders {
    [dependencies]: Dependencies;
    constructor(...args: Dependencies) {
      this[dependencies] = args;
    }
  }
  for (const { name, loaders } of factories) {
    Object.defineProperty(RequestLoaders.prototype, name, {
      enumerable: true,
      get(this: RequestLoaders) {
        const entry = loaders(...this[dependencies]);
        Object.defineProperty(this, name, { value: entry, enumerable: true });
        return entry;
      },
    });
  }
  // Complete by the check in the signature; each entry of the right type by `defineContext`.
  return (dataSource, actor) => new RequestLoaders(dataSource, actor) as unknown as Loaders;
}
