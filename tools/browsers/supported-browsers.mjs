// Writes what the supported browsers are, from .browserslistrc (the one source), where the SPA
// reads it: libs/domain/src/lib/browsers/supported-browsers.ts (the supported-browsers page)
// and the MIN table of the inline check in apps/web/src/index.html. Run after changing
// .browserslistrc: `node tools/browsers/supported-browsers.mjs`; the domain spec fails until then.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const browserslist = require('browserslist');
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** How each browserslist agent is named and updated (update pages as the reference help page lists them). */
const AGENTS = {
  chrome: { name: 'Google Chrome', updateUrl: 'https://www.google.com/chrome/' },
  edge: { name: 'Microsoft Edge', updateUrl: 'https://www.microsoft.com/edge' },
  firefox: { name: 'Mozilla Firefox', updateUrl: 'https://www.mozilla.org/firefox/new/' },
  safari: { name: 'Safari (macOS)', updateUrl: 'https://support.apple.com/HT204416' },
  ios_saf: { name: 'Safari (iPhone and iPad)', updateUrl: 'https://support.apple.com/HT204204' },
  samsung: { name: 'Samsung Internet', updateUrl: 'https://www.samsung.com/internet/' },
  opera: { name: 'Opera', updateUrl: 'https://www.opera.com/download' },
};

/** The lowest version of each agent the queries select: `{ chrome: '134', safari: '17.5', … }`. */
export function minimumVersions(rootDir = root) {
  const min = {};
  for (const entry of browserslist(undefined, { path: rootDir })) {
    const [agent, range] = entry.split(' ');
    const version = range.split('-')[0];
    if (!(agent in min) || Number(version) < Number(min[agent])) min[agent] = version;
  }
  return min;
}

export function supportedBrowsers(rootDir = root) {
  const min = minimumVersions(rootDir);
  const unknown = Object.keys(min).filter((agent) => !AGENTS[agent]);
  if (unknown.length) throw new Error(`.browserslistrc selects browsers without a name here: ${unknown.join(', ')}`);
  return Object.entries(AGENTS)
    .filter(([agent]) => agent in min)
    .map(([agent, about]) => ({ agent, name: about.name, minVersion: min[agent], updateUrl: about.updateUrl }));
}

/** The inline check's table (major.minor as numbers), written between its markers in index.html. */
export function inlineTable(browsers) {
  return JSON.stringify(Object.fromEntries(browsers.map((b) => [b.agent, Number(b.minVersion)])));
}

export const INDEX_HTML = join(root, 'apps/web/src/index.html');
export const TS_FILE = join(root, 'libs/domain/src/lib/browsers/supported-browsers.ts');

/** The domain file's text: a typed constant (no JSON import for every consumer's tsconfig to allow). */
export function domainFile(browsers) {
  return `// Generated from .browserslistrc by tools/browsers/supported-browsers.mjs: do not edit by hand.

export interface SupportedBrowser {
  /** The browserslist agent: chrome, edge, firefox, safari, ios_saf, samsung, opera. */
  agent: string;
  name: string;
  /** The oldest version supported, e.g. "134" or "17.5". */
  minVersion: string;
  /** Where to update or download it. */
  updateUrl: string;
}

export const SUPPORTED_BROWSERS: readonly SupportedBrowser[] = ${JSON.stringify(browsers, null, 2)};
`;
}
export const TABLE_LINE = /var MIN = \{[^}]*\}; \/\/ generated from \.browserslistrc/;

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const browsers = supportedBrowsers();
  // Formatted as the repository formats TypeScript, so a run that changes nothing leaves no diff.
  const prettier = require('prettier');
  writeFileSync(TS_FILE, await prettier.format(domainFile(browsers), { ...(await prettier.resolveConfig(TS_FILE)), filepath: TS_FILE }));
  const html = readFileSync(INDEX_HTML, 'utf8');
  if (!TABLE_LINE.test(html)) throw new Error(`No "var MIN = {…}; // generated from .browserslistrc" line in ${INDEX_HTML}`);
  writeFileSync(INDEX_HTML, html.replace(TABLE_LINE, `var MIN = ${inlineTable(browsers)}; // generated from .browserslistrc`));
  console.log(browsers.map((b) => `${b.name} ${b.minVersion}+`).join(', '));
}
