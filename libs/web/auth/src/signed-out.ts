/**
 * The signed-out pages' routes (log in, change user, forgot password), imported by the app with
 * its own routes: a light entry apart from `@manager/web-auth`, whose other routes register the
 * app's whole icon set.
 */
export * from './lib/signed-out.routes';
