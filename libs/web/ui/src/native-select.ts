/**
 * A select field in native HTML styled with the theme's tokens, for pages that must not load
 * MatSelect, its overlay and `@angular/forms` (the dashboard; see `icons.ts` for why an entry
 * point apart).
 */
export * from './lib/native-select/select-field';
