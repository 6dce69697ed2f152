/**
 * The language preference alone (no Angular, no other UI code), for main.ts: it picks the
 * language and loads its translations before the app's code is even fetched.
 */
export * from './lib/language/language-preference';
export * from './lib/language/language-switch';
