/**
 * The language preference alone (no Angular, no other UI code), for main.ts: it picks the
 * language and loads its translations before the app's code is even fetched. (The switch, a
 * component, is in `@manager/web-ui/native-form`: a component class here would be bundled into
 * main.ts's chunk with Angular's component runtime, used there or not.)
 */
export * from './lib/language/language-preference';
