export * from './catalog';
export * from './error-messages';
export * from './core-errors.catalog';
