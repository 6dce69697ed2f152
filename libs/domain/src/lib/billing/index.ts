/** The money rules of issue 5 (pure functions; see each file's table). */
export * from './billing-vocabulary';
export * from './money-rounding';
export * from './exchange-rates';
export * from './vat-rules';
export * from './pricing';
export * from './new-product-offers';
export * from './billing-exports';
