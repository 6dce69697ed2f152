import { defineCatalog } from '@manager/api-core';

/** The row labels of a partner's revenue totals, in the reader's language (months are written by `Intl`). */
export const revenueLabelMessages = defineCatalog('revenue-labels', {
  en: { total: 'Total', quarter: 'Q{quarter} {year}' },
  fr: { total: 'Total', quarter: 'T{quarter} {year}' },
  de: { total: 'Total', quarter: 'Q{quarter} {year}' },
  it: { total: 'Totale', quarter: 'T{quarter} {year}' },
});
