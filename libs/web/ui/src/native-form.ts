/**
 * Text fields and buttons in native HTML styled with the theme's tokens, form state in signals:
 * for the login screen, which loads neither `@angular/forms` nor Material (see `icons.ts` for why
 * an entry point apart).
 */
export * from './lib/native-form/form-state';
export * from './lib/native-form/text-field';
export * from './lib/native-form/button';
