import { CatalogFile, catalogProblems, isCustomId, languageOfFile, mergeCatalogs, placeholdersOf } from './catalogs';

const source = {
  'members.invite.submit': 'Send invitation',
  'members.list.count': '{VAR_PLURAL, plural, =1 {one member} other {{$INTERPOLATION} members}}',
  'shell.userMenu.greeting': 'Hello {$name}, {$START_TAG_STRONG}welcome{$CLOSE_TAG_STRONG}',
};

/** A complete, correct set of files: fr/de/it each with every message. */
function catalogs(): CatalogFile[] {
  const translated = (prefix: string) => ({
    'members.invite.submit': `${prefix} invitation`,
    'members.list.count': `{VAR_PLURAL, plural, =1 {${prefix} 1} other {{$INTERPOLATION} ${prefix}}}`,
    'shell.userMenu.greeting': `${prefix} {$name}, {$START_TAG_STRONG}${prefix}{$CLOSE_TAG_STRONG}`,
  });
  return (['fr', 'de', 'it'] as const).map((language) => ({ path: `x.${language}.json`, language, messages: translated(language) }));
}

describe('the translation check', () => {
  it('passes complete catalogs', () => {
    expect(catalogProblems(source, catalogs())).toEqual([]);
  });

  it('fails when one catalog lacks a key the others have', () => {
    const files = catalogs();
    delete files[1].messages['members.invite.submit'];
    expect(catalogProblems(source, files)).toEqual([
      expect.objectContaining({ kind: 'missing', id: 'members.invite.submit', language: 'de' }),
    ]);
  });

  it('fails on a translation of nothing (an id no longer extracted)', () => {
    const files = catalogs();
    files[0].messages['members.invite.cancel'] = 'Annuler';
    expect(catalogProblems(source, files).map((p) => [p.kind, p.id, p.language])).toEqual([['unused', 'members.invite.cancel', 'fr']]);
  });

  it('fails on ids without a library prefix, extracted or translated, and on generated ids', () => {
    const problems = catalogProblems({ ...source, '4827366354182734': 'Save', 'invite.submit': 'Send' }, catalogs());
    expect(problems.filter((p) => p.kind === 'badId').map((p) => p.id)).toEqual(['4827366354182734', 'invite.submit']);
    expect(isCustomId('shell.userMenu.logout')).toBe(true);
    expect(isCustomId('Shell.userMenu')).toBe(false);
    expect(isCustomId('shell')).toBe(false);
  });

  it('fails on the same id in two files of one language', () => {
    const files = [...catalogs(), { path: 'y.it.json', language: 'it' as const, messages: { 'members.invite.submit': 'Invia' } }];
    expect(catalogProblems(source, files)).toEqual([expect.objectContaining({ kind: 'duplicate', id: 'members.invite.submit', language: 'it' })]);
  });

  it('fails when placeholders or ICU arguments differ from the source', () => {
    const files = catalogs();
    files[0].messages['shell.userMenu.greeting'] = 'Bonjour {$nom}, {$START_TAG_STRONG}bienvenue{$CLOSE_TAG_STRONG}';
    files[2].messages['members.list.count'] = '{count, plural, one {un} other {{$INTERPOLATION}}}';
    expect(catalogProblems(source, files).map((p) => [p.kind, p.id, p.language])).toEqual([
      ['placeholders', 'shell.userMenu.greeting', 'fr'],
      ['placeholders', 'members.list.count', 'it'],
    ]);
  });

  it('reads placeholders and ICU arguments, and the language from a file name', () => {
    expect(placeholdersOf(source['members.list.count'])).toEqual(['VAR_PLURAL:plural', '{$INTERPOLATION}']);
    expect(languageOfFile('libs/web/ui/src/i18n/ui.a11y.fr.json')).toBe('fr');
    expect(languageOfFile('libs/web/ui/src/i18n/ui.en.json')).toBeNull();
  });

  it('merges the files of one language, sorted by id', () => {
    const merged = mergeCatalogs([...catalogs(), { path: 'a.de.json', language: 'de', messages: { 'auth.login.title': 'Anmelden' } }], 'de');
    expect(Object.keys(merged)).toEqual(['auth.login.title', 'members.invite.submit', 'members.list.count', 'shell.userMenu.greeting']);
  });
});
