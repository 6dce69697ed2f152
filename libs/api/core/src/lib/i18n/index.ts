export * from './catalog';
export * from './error-messages';
export * from './core-errors.catalog';
export * from './graphql-errors.catalog';
export * from './apollo-errors.catalog';
