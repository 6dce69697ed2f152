/**
 * What the signed-out pages are built of, and nothing else: text fields and buttons in native
 * HTML styled with the theme's tokens, form state in signals, the language switch (a native
 * select), and the icon element with the few icons those pages draw. They load neither
 * `@angular/forms` nor Material (see `icons.ts` for why an entry point apart). The icons are
 * exported here, not only from `@manager/web-ui/icons`, because that entry also reaches the
 * app's whole icon set: the bundler puts every file an entry reaches into the chunks of the
 * pages that import it, used or not.
 */
export * from './lib/native-form/form-state';
export * from './lib/native-form/text-field';
export * from './lib/native-form/button';
export * from './lib/language/language-switch';
export * from './lib/language/page-reload';
export * from './lib/icons/icon';
export * from './lib/icons/signed-out-icons';
