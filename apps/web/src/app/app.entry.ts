/**
 * The app's own code, imported by main.ts in one `import()` once the translations are loaded:
 * one entry, so the root component, its providers and the routes arrive as one chunk (two
 * entries made the bundler split what both reach into chunks of their own: more requests, and
 * less to gain from compression, each response being compressed alone).
 */
export { App } from './app';
export { appConfig } from './app.config';
export { appRoutes } from './app.routes';
