export * from './lib/generated/graphql';
export * from './lib/apollo/graphql-errors';
export * from './lib/apollo/provide-graphql';
export * from './lib/session/auth.guard';
export * from './lib/session/session-check';
export * from './lib/theme/theme.service';
export * from './lib/page/page-query';
export * from './lib/access/viewer-permissions';
