/**
 * The light entry of the compliance pages: the footer every page shows and the cookie choices
 * store. The dialog, Material's dialog and the pages load lazily from here and from
 * `@manager/web-compliance`.
 */
export * from './lib/footer/site-footer';
export * from './lib/consent/cookie-consent.store';
