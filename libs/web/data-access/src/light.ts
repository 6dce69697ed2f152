/**
 * The data access of the signed-in shell and the dashboard, without Apollo Client, graphql-js or
 * the parsed documents of the other pages (esbuild puts every file an entry point reaches into
 * its chunks, used there or not; the main `@manager/web-data-access` entry reaches Apollo): their
 * documents as text (`generated/light/`), `GraphqlClient` (fetch, no cache, `changes` to read
 * again after a mutation), `pageQuery`, the permissions, the colour scheme, and `withApollo` /
 * `loadInjectorWithApollo` to bring Apollo to the pages and dialogs that need its cache.
 */
export * from './lib/generated/light/graphql';
export * from './lib/errors/api-error';
export * from './lib/light/graphql-client';
export * from './lib/light/with-apollo';
export * from './lib/page/page-query';
export * from './lib/access/viewer-permissions';
export * from './lib/theme/color-scheme';
export * from './lib/session/auth.guard';
export * from './lib/session/signed-out.guard';
export * from './lib/session/session-cache';
