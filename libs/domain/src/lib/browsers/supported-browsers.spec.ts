import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import browserslist from 'browserslist';
import { SUPPORTED_BROWSERS } from './supported-browsers';

/**
 * One source for the supported browsers: .browserslistrc drives the Angular build (which reads
 * it), and the page's table and the inline check must say the same; and no listed browser may
 * lack a feature the app's CSS or the inline check relies on.
 */
// caniuse-lite ships no types: the two calls used here, typed.
const lite = require('caniuse-lite') as {
  agents: Record<string, { release_date: Record<string, number | null> } | undefined>;
  features: Record<string, unknown>;
  feature(packed: unknown): { stats: Record<string, Record<string, string>> };
};
const ROOT = join(__dirname, '..', '..', '..', '..', '..');
const selected = browserslist(undefined, { path: ROOT });
const minimum: Record<string, number> = {};
for (const entry of selected) {
  const [agent, range] = entry.split(' ');
  const version = Number(range.split('-')[0]);
  minimum[agent] = Math.min(minimum[agent] ?? Infinity, version);
}

describe('supported browsers', () => {
  it('are the issue’s: Chrome and Edge 134+, Firefox 128+, Safari 17.5+, Samsung Internet and Opera at their Chromium 134 equivalents', () => {
    expect(minimum).toEqual({ chrome: 134, edge: 134, firefox: 128, safari: 17.5, ios_saf: 17.5, samsung: 29, opera: 119 });
    // Samsung Internet and Opera: the first versions on Chromium 134 or later.
    const chromium = (agent: 'samsung' | 'opera', version: number) => {
      const released = lite.agents[agent]?.release_date ?? {};
      return Object.keys(released).includes(String(version));
    };
    expect(chromium('samsung', 29) && chromium('opera', 119)).toBe(true);
  });

  it('the supported-browsers page’s table is .browserslistrc (regenerate: node tools/browsers/supported-browsers.mjs)', () => {
    expect(Object.fromEntries(SUPPORTED_BROWSERS.map((b) => [b.agent, Number(b.minVersion)]))).toEqual(minimum);
  });

  it('the inline check in index.html is .browserslistrc', () => {
    const html = readFileSync(join(ROOT, 'apps/web/src/index.html'), 'utf8');
    const table = /var MIN = (\{[^}]*\}); \/\/ generated from \.browserslistrc/.exec(html);
    expect(table).not.toBeNull();
    expect(JSON.parse((table as RegExpExecArray)[1])).toEqual(minimum);
  });

  /**
   * Features the app uses, each with where it is first supported: caniuse-lite where it has the
   * feature, else the first versions from MDN's compatibility tables (caniuse has no entry).
   */
  const CANIUSE = { ':has()': 'css-has', ':focus-visible': 'css-focus-visible', 'dvh units': 'viewport-unit-variants', 'logical properties': 'css-logical-props', 'CSS nesting': 'css-nesting', '<dialog>': 'dialog' } as const;
  const MDN: Record<string, Record<string, number>> = {
    'light-dark()': { chrome: 123, edge: 123, firefox: 120, safari: 17.5, ios_saf: 17.5, samsung: 27, opera: 109 },
    'color-mix()': { chrome: 111, edge: 111, firefox: 113, safari: 16.2, ios_saf: 16.2, samsung: 22, opera: 97 },
    structuredClone: { chrome: 98, edge: 98, firefox: 94, safari: 15.4, ios_saf: 15.4, samsung: 18, opera: 84 },
    'Array.prototype.at': { chrome: 92, edge: 92, firefox: 90, safari: 15.4, ios_saf: 15.4, samsung: 16, opera: 78 },
  };
  const supportedByCaniuse = (feature: string, entry: string) => {
    const [agent, version] = entry.split(' ');
    const stats = lite.feature(lite.features[feature]).stats[agent] ?? {};
    return /^(y|a)/.test(stats[version] ?? '');
  };

  it.each(Object.entries(CANIUSE))('%s is supported by every listed browser (caniuse)', (_name, feature) => {
    expect(selected.filter((entry) => !supportedByCaniuse(feature, entry))).toEqual([]);
  });

  it.each(Object.entries(MDN))('%s is supported by every listed browser (MDN)', (_name, first) => {
    expect(Object.entries(minimum).filter(([agent, version]) => !(agent in first) || version < first[agent])).toEqual([]);
  });

  it('the styles use no feature outside those checked above', () => {
    // What the app's styles use that a listed browser could lack, found in the sources.
    const PATTERNS: Record<string, RegExp> = {
      'light-dark()': /light-dark\(/,
      ':has()': /:has\(/,
      'color-mix()': /color-mix\(/,
      'dvh units': /\d(dvh|svh|lvh)\b/,
      ':focus-visible': /:focus-visible/,
      'logical properties': /(inset|margin|padding|border)-(inline|block)|(inline|block)-size/,
      'CSS nesting': /&[:.\s[]/,
    };
    const sources: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) {
          if (name !== 'node_modules' && name !== 'generated') walk(path);
        } else if (/\.(scss|css)$|\.ts$/.test(name) && !/\.spec\.ts$/.test(name)) sources.push(readFileSync(path, 'utf8'));
      }
    };
    walk(join(ROOT, 'apps/web/src'));
    walk(join(ROOT, 'libs/web'));
    const all = sources.join('\n');
    const used = Object.entries(PATTERNS).filter(([, pattern]) => pattern.test(all)).map(([name]) => name);
    const checked = new Set([...Object.keys(CANIUSE), ...Object.keys(MDN)]);
    expect(used.filter((name) => !checked.has(name))).toEqual([]);
    // Guard the guard: the theme's own light-dark() is found.
    expect(used).toContain('light-dark()');
  });
});
