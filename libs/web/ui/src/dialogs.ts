/**
 * The confirmation dialog, apart from the main entry: MatDialog and its overlay would otherwise
 * load with every page that imports `@manager/web-ui` (esbuild puts every file an entry point
 * reaches into its chunks, used or not).
 */
export * from './lib/confirm-dialog/confirm-dialog';
