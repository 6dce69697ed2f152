/**
 * The app's icons alone, for pages that must not load the rest of the UI library (esbuild puts
 * every file an entry point reaches into its chunks, used or not: the main `@manager/web-ui`
 * entry reaches its dialogs, the password field and their Material modules).
 */
export * from './lib/icons/icon';
export * from './lib/icons/app-icons';
