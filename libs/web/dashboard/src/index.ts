export * from './lib/web-dashboard/web-dashboard';
