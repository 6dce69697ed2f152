export * from './lib/api-organizations';
