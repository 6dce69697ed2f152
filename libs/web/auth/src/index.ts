export * from './lib/auth.routes';
