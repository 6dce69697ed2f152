import {
  countryName,
  entityTypeLabel,
  formatDate,
  formatDaysFromToday,
  formatMoney,
  formatPercent,
  formatRelative,
  humanizeEnum,
  initials,
  localizeText,
  productCategoryLabel,
  roleLabel,
} from './format';

// Intl output uses a narrow no-break space in some locales; compare on normal spaces.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('formatMoney', () => {
  it('divides minor units by 100 and shows the currency', () => {
    expect(plain(formatMoney({ amountMinor: 12950, currency: 'CHF' }, 'en-US'))).toBe('CHF 129.50');
    expect(plain(formatMoney({ amountMinor: 990, currency: 'EUR' }, 'en-US'))).toBe('€9.90');
  });

  it('keeps the cents of small and zero amounts', () => {
    expect(plain(formatMoney({ amountMinor: 5, currency: 'CHF' }, 'en-US'))).toBe('CHF 0.05');
    expect(plain(formatMoney({ amountMinor: 0, currency: 'EUR' }, 'en-US'))).toBe('€0.00');
  });

  it('follows the locale', () => {
    expect(plain(formatMoney({ amountMinor: 123456, currency: 'EUR' }, 'de-DE'))).toBe('1.234,56 €');
  });

  it('groups thousands', () => {
    expect(plain(formatMoney({ amountMinor: 1_440, currency: 'CHF' }, 'en-US'))).toBe('CHF 14.40');
    expect(plain(formatMoney({ amountMinor: 10_000_000, currency: 'EUR' }, 'en-US'))).toBe('€100,000.00');
  });

  it('shows the sign of ledger amounts when asked', () => {
    expect(plain(formatMoney({ amountMinor: 25_000, currency: 'EUR' }, 'en-US', { signed: true }))).toBe('+€250.00');
    expect(plain(formatMoney({ amountMinor: -1_209, currency: 'CHF' }, 'en-US', { signed: true }))).toBe('-CHF 12.09');
    expect(plain(formatMoney({ amountMinor: 0, currency: 'CHF' }, 'en-US', { signed: true }))).toBe('CHF 0.00');
  });
});

describe('formatPercent', () => {
  it('shows a rate in percent with up to two decimals', () => {
    expect(formatPercent(0.15, 'en-US')).toBe('15 %');
    expect(formatPercent(0.125, 'en-US')).toBe('12.5 %');
    expect(formatPercent(0.081, 'en-US')).toBe('8.1 %');
  });
});

describe('labels', () => {
  it('labels every product category the schema knows', () => {
    expect(productCategoryLabel('WEB_HOSTING')).toBe('Web hosting');
    expect(productCategoryLabel('MAIL_SERVICE')).toBe('Mail service');
    expect(productCategoryLabel('DOMAIN')).toBe('Domain');
    expect(productCategoryLabel('KDRIVE')).toBe('kDrive');
    expect(productCategoryLabel('KCHAT')).toBe('kChat');
    expect(productCategoryLabel('SSL_CERTIFICATE')).toBe('SSL certificate');
    expect(productCategoryLabel('VPS')).toBe('VPS');
  });

  it('humanizes a category it does not know yet instead of showing the raw enum', () => {
    expect(productCategoryLabel('PUBLIC_CLOUD')).toBe('Public cloud');
    expect(humanizeEnum('SWISS_BACKUP')).toBe('Swiss backup');
  });

  it('labels roles and entity types', () => {
    expect(roleLabel('LEGAL_RESPONSIBLE')).toBe('Legal responsible');
    expect(roleLabel('ADMIN')).toBe('Administrator');
    expect(entityTypeLabel('COMPANY')).toBe('Company');
    expect(entityTypeLabel('INDIVIDUAL')).toBe('Individual');
  });

  it('names countries from ISO codes', () => {
    expect(countryName('CH', 'en')).toBe('Switzerland');
    expect(countryName('fr', 'en')).toBe('France');
  });
});

describe('formatDate', () => {
  it('does not shift a calendar date by the time zone', () => {
    expect(formatDate('2026-03-01', 'en-US')).toBe('Mar 1, 2026');
    expect(formatDate('2025-12-31', 'en-US')).toBe('Dec 31, 2025');
    expect(formatDate('2026-03-01', 'en-US', { time: true, timeZone: 'Pacific/Honolulu' })).toBe('Mar 1, 2026');
  });

  it('returns anything that is not a date unchanged', () => {
    expect(formatDate('soon', 'en-US')).toBe('soon');
  });

  it('shows an API instant in the given time zone, with or without the time', () => {
    expect(plain(formatDate('2026-03-01T14:05:00Z', 'en-GB', { time: true, timeZone: 'Europe/Zurich' }))).toBe('1 Mar 2026, 15:05');
    expect(formatDate('2026-03-01T23:30:00Z', 'en-GB', { timeZone: 'Europe/Zurich' })).toBe('2 Mar 2026');
    expect(formatDate('never', 'en-GB')).toBe('never');
  });
});

describe('initials', () => {
  it('takes the first and last word', () => {
    expect(initials('Ada Lovelace')).toBe('AL');
    expect(initials('  jean   marc  dupont ')).toBe('JD');
    expect(initials('plato')).toBe('P');
    expect(initials('')).toBe('?');
  });
});

describe('formatRelative', () => {
  const now = Date.parse('2026-03-01T12:00:00Z');

  it('counts days from a day on, rounded, both ways', () => {
    expect(formatRelative('2026-05-30T12:00:00Z', 'en-GB', now)).toBe('in 90 days');
    expect(formatRelative('2026-02-26T11:00:00Z', 'en-GB', now)).toBe('3 days ago');
    expect(formatRelative('2026-03-02T13:00:00Z', 'en-GB', now)).toBe('tomorrow');
    expect(formatRelative('2026-05-30T11:59:00Z', 'en-GB', now)).toBe('in 90 days');
  });

  it('uses hours within a day, minutes within an hour, and "now" within a minute', () => {
    expect(formatRelative('2026-03-01T07:00:00Z', 'en-GB', now)).toBe('5 hours ago');
    expect(formatRelative('2026-03-01T11:55:00Z', 'en-GB', now)).toBe('5 minutes ago');
    expect(formatRelative('2026-03-01T11:59:30Z', 'en-GB', now)).toBe('now');
  });

  it('follows the locale and leaves what is not an instant alone', () => {
    expect(formatRelative('2026-03-31T12:00:00Z', 'fr-CH', now)).toBe('dans 30 jours');
    expect(formatRelative('2026-03-31', 'en-GB', now)).toBe('2026-03-31');
    expect(formatRelative('soon', 'en-GB', now)).toBe('soon');
  });
});

describe('localizeText', () => {
  it("writes the API's dates and amounts inside a sentence in the reader's locale, one style with the pages", () => {
    expect(plain(localizeText('Wallet top-up of EUR 500.00 (balance EUR 1,500.00)', 'en-GB'))).toBe('Wallet top-up of €500.00 (balance €1,500.00)');
    expect(plain(localizeText('Renewal of Site (Web hosting), 2026-03-01 → 2027-03-01', 'en-GB'))).toBe('Renewal of Site (Web hosting), 1 Mar 2026 → 1 Mar 2027');
    expect(plain(localizeText('Cashback 10 % of CHF 1,234.50: Site for Acme', 'de-CH'))).toBe(`Cashback 10 % of ${plain(formatMoney({ amountMinor: 123450, currency: 'CHF' }, 'de-CH'))}: Site for Acme`);
    expect(plain(localizeText('Refund EUR -12.00', 'fr-FR'))).toBe('Refund -12,00 €');
  });

  it('leaves everything else alone, instants included', () => {
    expect(localizeText('Order 2026-000042 at 2026-03-01T14:05:00Z', 'en-GB')).toBe('Order 2026-000042 at 2026-03-01T14:05:00Z');
  });
});

describe('formatDaysFromToday', () => {
  it('says how far a calendar date is from today, in words', () => {
    expect(formatDaysFromToday('2026-03-13', 'en-GB', '2026-03-01')).toBe('in 12 days');
    expect(formatDaysFromToday('2026-03-02', 'en-GB', '2026-03-01')).toBe('tomorrow');
    expect(formatDaysFromToday('2026-03-01', 'en-GB', '2026-03-01')).toBe('today');
    expect(formatDaysFromToday('2026-02-26', 'en-GB', '2026-03-01')).toBe('3 days ago');
    expect(formatDaysFromToday('2026-04-26', 'fr-CH', '2026-03-27')).toBe('dans 30 jours');
  });

  it('returns anything that is not a calendar date unchanged', () => {
    expect(formatDaysFromToday('soon', 'en-GB', '2026-03-01')).toBe('soon');
  });
});
