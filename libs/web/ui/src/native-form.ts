/**
 * Text fields and buttons in native HTML styled with the theme's tokens, form state in signals,
 * and the language switch (a native select): for the signed-out pages, which load neither
 * `@angular/forms` nor Material (see `icons.ts` for why an entry point apart).
 */
export * from './lib/native-form/form-state';
export * from './lib/native-form/text-field';
export * from './lib/native-form/button';
export * from './lib/language/language-switch';
export * from './lib/language/page-reload';
