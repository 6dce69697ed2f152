export * from './lib/dashboard.routes';
