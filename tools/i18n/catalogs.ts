/**
 * The SPA's translation catalogs: per library, flat JSON files `{ "<id>": "<translation>" }`
 * (libs/web/<lib>/src/i18n/<name>.<lang>.json, apps/web/src/i18n/shell.<lang>.json), checked
 * against the messages Angular extracts (`nx run web:extract-i18n` → dist/i18n/messages.json)
 * and merged into one file per language that main.ts loads before bootstrap.
 *
 * Pure functions here (the unit test drives them); reading and writing files is in i18n.ts.
 */

/** The languages translated from the English source (the source itself needs no file). */
export const TRANSLATED_LANGUAGES = ['fr', 'de', 'it'] as const;
export type TranslatedLanguage = (typeof TRANSLATED_LANGUAGES)[number];

/** Every id starts with its library: `members.invite.submit` (docs: notes/i18n.md, README "Languages"). */
export const LIBRARY_PREFIXES = [
  'auth',
  'billing',
  'compliance',
  'dashboard',
  'developer',
  'members',
  'organizations',
  'partners',
  'ui',
  'dataAccess',
  'shell',
] as const;

/** `<lib>.<screen>.<what>`: at least two dot-separated lower-camel segments after a known prefix. */
const ID_SHAPE = new RegExp(`^(${LIBRARY_PREFIXES.join('|')})(\\.[a-z][A-Za-z0-9]*)+$`);

export interface CatalogFile {
  /** Workspace-relative path, for the messages. */
  path: string;
  language: TranslatedLanguage;
  messages: Record<string, unknown>;
}

export interface Problem {
  kind: 'missing' | 'unused' | 'badId' | 'duplicate' | 'placeholders' | 'notText';
  id: string;
  language?: TranslatedLanguage;
  detail: string;
}

/**
 * The names a translation must keep: Angular's placeholders (`{$INTERPOLATION}`,
 * `{$START_TAG_STRONG}`, `{$count}`) and the arguments of ICU plurals and selects
 * (`{VAR_PLURAL, plural, …}`), sorted, with repeats (a name used twice must stay twice only
 * if the source has it twice, which Angular never requires: compared as a set).
 */
export function placeholdersOf(text: string): string[] {
  const names = new Set<string>();
  for (const [, name] of text.matchAll(/\{\$([A-Za-z0-9_]+)\}/g)) names.add(`{$${name}}`);
  for (const [, name, kind] of text.matchAll(/\{\s*([A-Za-z0-9_]+)\s*,\s*(plural|select|selectordinal)\s*,/g)) names.add(`${name}:${kind}`);
  return [...names].sort();
}

/** Whether an id is one a person chose (`shell.userMenu.logout`), not Angular's numeric hash. */
export function isCustomId(id: string): boolean {
  return ID_SHAPE.test(id);
}

/**
 * Everything wrong between the extracted source messages and the catalogs: a message with no
 * translation in a language, a translation of nothing, an id without a library prefix (or
 * Angular's generated one: an element marked `i18n` without `@@id`), the same id in two files of
 * one language, placeholders or ICU arguments that differ from the source.
 */
export function catalogProblems(source: Record<string, string>, files: readonly CatalogFile[]): Problem[] {
  const problems: Problem[] = [];
  for (const id of Object.keys(source)) {
    if (!isCustomId(id)) {
      // Angular generates the id of a text marked without `@@id`, and of an ICU nested in a longer
      // text (a message of its own): the text says where to look.
      const text = source[id].length > 60 ? `${source[id].slice(0, 57)}…` : source[id];
      problems.push({
        kind: 'badId',
        id,
        detail: `"${text}": no library prefix (${LIBRARY_PREFIXES.join(', ')}) or a generated id; mark it i18n="@@<lib>.<screen>.<what>" (an ICU inside a longer text: give it an element of its own with its id)`,
      });
    }
  }
  for (const language of TRANSLATED_LANGUAGES) {
    const seen = new Map<string, string>();
    for (const file of files.filter((f) => f.language === language)) {
      for (const [id, text] of Object.entries(file.messages)) {
        const where = `${file.path}`;
        if (seen.has(id)) problems.push({ kind: 'duplicate', id, language, detail: `in ${seen.get(id)} and ${where}` });
        else seen.set(id, where);
        if (!isCustomId(id)) problems.push({ kind: 'badId', id, language, detail: `${where}: no library prefix` });
        if (typeof text !== 'string') {
          problems.push({ kind: 'notText', id, language, detail: `${where}: the translation is not a string` });
          continue;
        }
        if (!(id in source)) {
          problems.push({ kind: 'unused', id, language, detail: `${where}: not extracted (no longer in the code?)` });
          continue;
        }
        const expected = placeholdersOf(source[id]).join(' ');
        const actual = placeholdersOf(text).join(' ');
        if (expected !== actual) problems.push({ kind: 'placeholders', id, language, detail: `${where}: has [${actual}], the source [${expected}]` });
      }
    }
    for (const id of Object.keys(source)) {
      if (!seen.has(id)) problems.push({ kind: 'missing', id, language, detail: `no ${language} translation` });
    }
  }
  return problems;
}

/** One language's catalog for `loadTranslations`: every file of that language, sorted by id. */
export function mergeCatalogs(files: readonly CatalogFile[], language: TranslatedLanguage): Record<string, string> {
  const merged: Record<string, string> = {};
  for (const file of files.filter((f) => f.language === language)) {
    for (const [id, text] of Object.entries(file.messages)) if (typeof text === 'string') merged[id] = text;
  }
  return Object.fromEntries(Object.entries(merged).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** `libs/web/members/src/i18n/members.invite.fr.json` → 'fr'; anything else → null. */
export function languageOfFile(path: string): TranslatedLanguage | null {
  const match = /\.([a-z]{2})\.json$/.exec(path);
  return match && (TRANSLATED_LANGUAGES as readonly string[]).includes(match[1]) ? (match[1] as TranslatedLanguage) : null;
}

/** The problems, grouped for a person: one line each, by kind. */
export function formatProblems(problems: readonly Problem[]): string {
  const order: Problem['kind'][] = ['badId', 'duplicate', 'notText', 'placeholders', 'missing', 'unused'];
  const titles: Record<Problem['kind'], string> = {
    badId: 'Ids without a library prefix or generated',
    duplicate: 'The same id in two files',
    notText: 'Translations that are not text',
    placeholders: 'Placeholders or ICU arguments that differ from the source',
    missing: 'Missing translations',
    unused: 'Unused translations',
  };
  const lines: string[] = [];
  for (const kind of order) {
    const ofKind = problems.filter((p) => p.kind === kind);
    if (!ofKind.length) continue;
    lines.push(`${titles[kind]} (${ofKind.length}):`);
    for (const p of ofKind) lines.push(`  ${p.language ? `[${p.language}] ` : ''}${p.id}: ${p.detail}`);
  }
  return lines.join('\n');
}
