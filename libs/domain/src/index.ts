export * from './lib/vocabulary';
export * from './lib/permissions';
export * from './lib/terms';
export * from './lib/currency';
