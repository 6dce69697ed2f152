// The SPA imports the deep paths (`@manager/domain/languages`, `/permissions`, `/vocabulary`, …) on
// its first screens: this barrel also carries the VAT check, whose `stdnum` modules are CommonJS and
// cannot be tree-shaken, so a screen that imports the barrel loads them (about 15 kB brotli).
export * from './lib/vocabulary';
export * from './lib/permissions';
export * from './lib/countries/countries';
export * from './lib/countries/invoice-address';
export * from './lib/vat/eu-vat-countries';
export * from './lib/vat/vat-number';
export { notEuNote } from './lib/vat/vat-messages';
export * from './lib/terms';
export * from './lib/currency';
export * from './lib/partnerships';
export * from './lib/billing';
export * from './lib/passwords/password-policy';
export * from './lib/passwords/password-estimator';
export * from './lib/passwords/password-advice';
export * from './lib/audit';
export * from './lib/words/possessive';
export * from './lib/api-tokens';
export * from './lib/browsers/supported-browsers';
export * from './lib/security';
export * from './lib/i18n/languages';
