/**
 * The data access of the signed-out pages (login, sign-up, forgot password): their documents as
 * text, sent with a plain `fetch` (`postGraphql`), errors read like Apollo's, the colour scheme,
 * the session cache. Nothing here reaches Apollo Client, graphql-js or the parsed documents of
 * the other pages, so a page built on this entry point alone loads none of them (esbuild puts
 * every file an entry point reaches into its chunks, used there or not: the main
 * `@manager/web-data-access` entry reaches Apollo). The footer imports it into the initial chunk,
 * so it carries only what the signed-out pages use: the session guards and their check come with
 * the signed-in routes (`@manager/web-data-access/light`).
 */
export * from './lib/generated/fetch/graphql';
export * from './lib/errors/api-error';
export * from './lib/fetch/post-graphql';
export * from './lib/session/session-cache';
export * from './lib/theme/color-scheme';
