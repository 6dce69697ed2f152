/**
 * `check`: compares the extracted messages (dist/i18n/messages.json, from `nx run web:extract-i18n`)
 * with every translation file and exits 1 with the list of problems (missing, unused, bad ids,
 * duplicates, placeholders). `merge`: writes one catalog per language to dist/i18n-assets/, which
 * the web build copies to /i18n/<lang>.json. Both are Nx targets of `web` (apps/web/project.json);
 * `web:build` depends on them, so a broken catalog fails the build.
 *
 * Run: SWC_NODE_PROJECT=tools/i18n/tsconfig.json node -r @swc-node/register tools/i18n/i18n.ts check|merge
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CatalogFile, TRANSLATED_LANGUAGES, catalogProblems, formatProblems, languageOfFile, mergeCatalogs } from './catalogs';

const root = join(__dirname, '..', '..');
export const EXTRACTED = join(root, 'dist/i18n/messages.json');
export const MERGED_DIR = join(root, 'dist/i18n-assets');

/** libs/web/<lib>/src/i18n/*.<lang>.json and apps/web/src/i18n/*.<lang>.json. */
export function catalogFolders(): string[] {
  const libs = join(root, 'libs/web');
  return [
    ...readdirSync(libs)
      .map((lib) => join(libs, lib, 'src/i18n'))
      .filter((dir) => existsSync(dir)),
    join(root, 'apps/web/src/i18n'),
  ].filter((dir) => existsSync(dir));
}

export function readCatalogFiles(): CatalogFile[] {
  const files: CatalogFile[] = [];
  for (const dir of catalogFolders()) {
    for (const name of readdirSync(dir).sort()) {
      const language = languageOfFile(name);
      if (!language) continue;
      const path = join(dir, name);
      let messages: unknown;
      try {
        messages = JSON.parse(readFileSync(path, 'utf8'));
      } catch (error) {
        throw new Error(`${relative(root, path)} is not valid JSON: ${(error as Error).message}`);
      }
      if (!messages || typeof messages !== 'object' || Array.isArray(messages)) throw new Error(`${relative(root, path)}: expected a flat object { "<id>": "<text>" }`);
      files.push({ path: relative(root, path), language, messages: messages as Record<string, unknown> });
    }
  }
  return files;
}

function check(): number {
  if (!existsSync(EXTRACTED)) {
    console.error(`No ${relative(root, EXTRACTED)}: run "npx nx run web:extract-i18n" first.`);
    return 1;
  }
  const source = (JSON.parse(readFileSync(EXTRACTED, 'utf8')) as { translations: Record<string, string> }).translations;
  const files = readCatalogFiles();
  const problems = catalogProblems(source, files);
  if (problems.length) {
    console.error(`i18n check: ${problems.length} problem(s) in ${files.length} translation file(s) for ${Object.keys(source).length} extracted messages.\n`);
    console.error(formatProblems(problems));
    console.error('\nFix the files listed (README, "Languages"), or run extract-i18n again after a code change.');
    return 1;
  }
  console.log(`i18n check: ${Object.keys(source).length} messages translated in ${TRANSLATED_LANGUAGES.join(', ')} (${files.length} files).`);
  return 0;
}

function merge(): number {
  const files = readCatalogFiles();
  mkdirSync(MERGED_DIR, { recursive: true });
  for (const language of TRANSLATED_LANGUAGES) {
    const merged = mergeCatalogs(files, language);
    writeFileSync(join(MERGED_DIR, `${language}.json`), JSON.stringify(merged));
    console.log(`i18n merge: ${relative(root, join(MERGED_DIR, `${language}.json`))} (${Object.keys(merged).length} messages)`);
  }
  return 0;
}

if (require.main === module) {
  const command = process.argv[2];
  const run = command === 'check' ? check : command === 'merge' ? merge : null;
  if (!run) {
    console.error('Usage: i18n.ts check|merge');
    process.exit(2);
  }
  try {
    process.exit(run());
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
