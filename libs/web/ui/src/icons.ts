/**
 * The icon element alone, with the few icons of the signed-out pages (which the app registers at
 * its root), for pages that must not load the rest of the UI library (esbuild puts every file an
 * entry point reaches into its chunks, used or not: the main `@manager/web-ui` entry reaches its
 * dialogs, the password field and their Material modules). The app's whole set is
 * `@manager/web-ui/app-icons`, apart for the same reason: the initial chunk reaches this entry.
 */
export * from './lib/icons/icon';
export * from './lib/icons/signed-out-icons';
