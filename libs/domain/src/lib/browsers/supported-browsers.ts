// Generated from .browserslistrc by tools/browsers/supported-browsers.mjs: do not edit by hand.

export interface SupportedBrowser {
  /** The browserslist agent: chrome, edge, firefox, safari, ios_saf, samsung, opera. */
  agent: string;
  name: string;
  /** The oldest version supported, e.g. "134" or "17.5". */
  minVersion: string;
  /** Where to update or download it. */
  updateUrl: string;
}

export const SUPPORTED_BROWSERS: readonly SupportedBrowser[] = [
  {
    agent: 'chrome',
    name: 'Google Chrome',
    minVersion: '134',
    updateUrl: 'https://www.google.com/chrome/',
  },
  {
    agent: 'edge',
    name: 'Microsoft Edge',
    minVersion: '134',
    updateUrl: 'https://www.microsoft.com/edge',
  },
  {
    agent: 'firefox',
    name: 'Mozilla Firefox',
    minVersion: '128',
    updateUrl: 'https://www.mozilla.org/firefox/new/',
  },
  {
    agent: 'safari',
    name: 'Safari (macOS)',
    minVersion: '17.5',
    updateUrl: 'https://support.apple.com/HT204416',
  },
  {
    agent: 'ios_saf',
    name: 'Safari (iPhone and iPad)',
    minVersion: '17.5',
    updateUrl: 'https://support.apple.com/HT204204',
  },
  {
    agent: 'samsung',
    name: 'Samsung Internet',
    minVersion: '29',
    updateUrl: 'https://www.samsung.com/internet/',
  },
  {
    agent: 'opera',
    name: 'Opera',
    minVersion: '119',
    updateUrl: 'https://www.opera.com/download',
  },
];
