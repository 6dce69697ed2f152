/** Server errors on form controls alone, for the signed-out pages (see `icons.ts` for why apart). */
export * from './lib/forms/server-errors';
export * from './lib/forms/error-timing';
