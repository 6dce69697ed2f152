/**
 * The new-password field and its feedback, apart from the main entry: they bring Material's form
 * field, the forms package and the domain's password policy, which most pages do not need (esbuild
 * puts every file an entry point reaches into its chunks, used or not).
 */
export * from './lib/new-password-field/new-password-field';
export * from './lib/new-password-field/password-feedback';
