/**
 * The app's whole icon set (`provideAppIcons`), for the routes of the signed-in pages; apart from
 * `@manager/web-ui/icons`, which the initial chunk reaches (see there).
 */
export * from './lib/icons/app-icons';
