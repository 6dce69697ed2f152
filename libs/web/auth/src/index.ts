export * from './lib/web-auth/web-auth';
