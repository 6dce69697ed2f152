export * from './lib/api-catalog';
