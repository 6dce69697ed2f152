import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { workspaceRoot } from '@nx/devkit';
import { IntlMessageFormat } from 'intl-messageformat';

/**
 * The texts a journey in French, German or Italian must read, taken from where the product takes
 * them (never typed here in English or in translation):
 * - the SPA's translation files (libs/web/<lib>/src/i18n/*.<lang>.json, apps/web/src/i18n/), by message id;
 * - the server's catalogs (`defineCatalog(name, { en, fr, de, it })` in libs/api/**), read from their
 *   source and formatted with intl-messageformat, as `catalog.t(language, key, values)` does.
 * The catalogs are read as text, not imported: importing them would load `@manager/api-core`
 * (TypeORM, Nest) into the Playwright runner.
 */

export type TranslatedLanguage = 'fr' | 'de' | 'it';

const spaTexts = new Map<TranslatedLanguage, Record<string, string>>();

function spaCatalog(language: TranslatedLanguage): Record<string, string> {
  let texts = spaTexts.get(language);
  if (!texts) {
    texts = {};
    const libs = join(workspaceRoot, 'libs/web');
    const folders = [...readdirSync(libs).map((lib) => join(libs, lib, 'src/i18n')), join(workspaceRoot, 'apps/web/src/i18n')];
    for (const folder of folders) {
      let files: string[];
      try {
        files = readdirSync(folder);
      } catch {
        continue; // a library with nothing to translate
      }
      for (const file of files.filter((f) => f.endsWith(`.${language}.json`))) {
        Object.assign(texts, JSON.parse(readFileSync(join(folder, file), 'utf8')));
      }
    }
    spaTexts.set(language, texts);
  }
  return texts;
}

/** The SPA's text of message `id` in `language`, its placeholders ({$INTERPOLATION}, {$START_LINK}…) filled in order by `values`. */
export function spaText(language: TranslatedLanguage, id: string, ...values: string[]): string {
  const text = spaCatalog(language)[id];
  if (text === undefined) throw new Error(`no ${language} translation of ${id}`);
  let next = 0;
  return text.replace(/\{\$[A-Z0-9_]+\}/g, () => values[next++] ?? '');
}

/**
 * Message `key` of the server catalog defined in `file` (a path under the workspace), in
 * `language`, formatted with `values` as the API formats it.
 */
export function serverText(file: string, language: TranslatedLanguage, key: string, values: Record<string, string | number> = {}): string {
  const source = readFileSync(join(workspaceRoot, file), 'utf8');
  const start = source.indexOf(`\n  ${language}: {`);
  const end = source.indexOf('\n  }', start);
  if (start < 0 || end < 0) throw new Error(`no ${language} block in ${file}`);
  const match = new RegExp(`\\n    ${key}:\\s*'((?:[^'\\\\]|\\\\.)*)'`).exec(source.slice(start, end));
  if (!match) throw new Error(`no ${language} message ${key} in ${file}`);
  const message = match[1].replace(/\\(.)/g, '$1');
  return String(new IntlMessageFormat(message, language).format(values));
}
