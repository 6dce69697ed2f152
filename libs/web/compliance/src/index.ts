export * from './lib/compliance.routes';
