export * from './lib/vocabulary';
export * from './lib/permissions';
export * from './lib/countries/countries';
export * from './lib/vat/eu-vat-countries';
export * from './lib/vat/vat-number';
export * from './lib/terms';
export * from './lib/currency';
export * from './lib/partnerships';
