/**
 * @jest-environment node
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';

describe('index-html-transformer (the last step of web:build)', () => {
  const source = readFileSync(join(__dirname, '../src/index.html'), 'utf8');
  let built: string;

  beforeAll(async () => {
    const transform: (html: string) => Promise<string> = require('./index-html-transformer.mjs').default;
    built = await transform(source);
  });

  it('serves index.html without its comments, and its browser check without its own', () => {
    expect(source).toContain('<!--');
    expect(built).not.toContain('<!--');
    const script = /<script>([\s\S]*?)<\/script>/.exec(built)?.[1] ?? '';
    expect(script).toContain('var MIN = ');
    expect(script).not.toMatch(/\/\/ |\/\*/);
    expect(built.length).toBeLessThan(source.length - 1000);
  });

  it('keeps the browser check working: an old browser still gets the static page', () => {
    const script = /<script>([\s\S]*?)<\/script>/.exec(built)?.[1] ?? '';
    const replaced: string[] = [];
    const node = () => ({ textContent: '', setAttribute: () => undefined, appendChild: (child: unknown) => child });
    runInNewContext(script, {
      localStorage: { getItem: () => null },
      navigator: { languages: ['fr-CH'], language: 'fr-CH', userAgent: '' },
      window: {}, // no CSS.supports: features missing
      document: {
        createElement: node,
        head: { appendChild: () => undefined },
        querySelector: () => ({ parentNode: { replaceChild: () => replaced.push('app-root') } }),
        documentElement: {},
      },
      structuredClone: undefined,
      HTMLDialogElement: undefined,
    });
    expect(replaced).toEqual(['app-root']);
  });
});
