import { join } from 'node:path';
import { cookiePolicyVersion, loadOperatorConfig, OperatorConfigError, operatorView, parseOperatorConfig } from './operator-config';

const ROOT = join(__dirname, '..', '..', '..', '..', '..', '..');

describe('operator configuration', () => {
  it('the shipped file and the example with optional cookies are valid', () => {
    const shipped = loadOperatorConfig(join(ROOT, 'config/operator.json'));
    expect(shipped.operator.name).toBe('Manager Hosting SA');
    expect(shipped.cookies.optionalCategories).toEqual([]);
    const example = loadOperatorConfig(join(ROOT, 'config/examples/operator-with-optional-cookies.json'));
    expect(example.cookies.optionalCategories.map((c) => c.id)).toEqual(['preferences', 'analytics']);
    // Another set of categories is another version: everyone is asked again.
    expect(cookiePolicyVersion(example)).not.toBe(cookiePolicyVersion(shipped));
  });

  it('lists every problem at once, with its path', () => {
    const raw = loadOperatorConfig(join(ROOT, 'config/examples/operator-with-optional-cookies.json')) as unknown as Record<string, any>;
    const broken = structuredClone(raw);
    broken.operator.email = 'not-an-email';
    broken.dataProcessingAgreement.effectiveDate = 'soon';
    broken.subProcessors.list[0].products = ['PIZZA'];
    broken.cookies.optionalCategories.push({ id: 'necessary', label: 'x', description: 'y' });
    let error: unknown;
    try {
      parseOperatorConfig(broken);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(OperatorConfigError);
    expect((error as OperatorConfigError).problems).toEqual([
      expect.stringMatching(/^subProcessors\.list\.0\.products must be/),
      'cookies.optionalCategories: "necessary" is always on and not optional.',
      expect.stringMatching(/^operator\.email must be/),
      expect.stringMatching(/^dataProcessingAgreement\.effectiveDate must be/),
    ]);
    expect(() => loadOperatorConfig(join(ROOT, 'config/missing.json'))).toThrow(OperatorConfigError);
  });

  it('gives the texts people read in each language, English where one is missing', () => {
    const shipped = loadOperatorConfig(join(ROOT, 'config/operator.json'));
    expect(operatorView('de', shipped).subProcessors.list[1].purpose).toBe('Verschlüsselte externe Sicherungen');
    expect(operatorView('fr', shipped).operator.supervisoryAuthority).toBe('Préposé fédéral à la protection des données et à la transparence (PFPDT), Berne');
    expect(operatorView('it', shipped).dataProcessingAgreement.dataCentres).toEqual(['Ginevra (CH)', 'Zurigo (CH)']);
    expect(operatorView('en', shipped).subProcessors.list[1].location).toBe('Zurich, Switzerland');
    const raw = structuredClone(shipped) as unknown as Record<string, any>;
    raw.subProcessors.list[1].purpose = { en: 'Backups', fr: 'Sauvegardes' };
    raw.subProcessors.list[2].purpose = 'Mail relay';
    const partial = parseOperatorConfig(raw);
    expect(operatorView('fr', partial).subProcessors.list[1].purpose).toBe('Sauvegardes');
    expect(operatorView('de', partial).subProcessors.list[1].purpose).toBe('Backups');
    expect(operatorView('it', partial).subProcessors.list[2].purpose).toBe('Mail relay');
  });

  it('refuses at start a text without English, in an unknown language, or empty', () => {
    const raw = structuredClone(loadOperatorConfig(join(ROOT, 'config/operator.json'))) as unknown as Record<string, any>;
    raw.operator.supervisoryAuthority = { fr: 'PFPDT' };
    raw.subProcessors.list[0].purpose = { en: 'Housing', es: 'Alojamiento' };
    raw.subProcessors.list[0].location = { en: 'Geneva', de: ' ' };
    let error: unknown;
    try {
      parseOperatorConfig(raw);
    } catch (e) {
      error = e;
    }
    expect((error as OperatorConfigError).problems).toEqual([
      'subProcessors.list.0.purpose.es: not a language of the Manager (en, fr, de, it).',
      'subProcessors.list.0.location.de must be non-empty text.',
      expect.stringMatching(/^operator\.supervisoryAuthority must be non-empty text, or texts by language with English required/),
    ]);
  });

  it('keeps the cookie policy version of categories given in English only (no one is asked again for the new format)', () => {
    const raw = structuredClone(loadOperatorConfig(join(ROOT, 'config/examples/operator-with-optional-cookies.json'))) as unknown as Record<string, any>;
    const plain = structuredClone(raw);
    for (const category of plain.cookies.optionalCategories) Object.assign(category, { label: category.label.en, description: category.description.en });
    const englishOnly = structuredClone(raw);
    for (const category of englishOnly.cookies.optionalCategories) Object.assign(category, { label: { en: category.label.en }, description: { en: category.description.en } });
    expect(cookiePolicyVersion(parseOperatorConfig(englishOnly))).toBe(cookiePolicyVersion(parseOperatorConfig(plain)));
    expect(cookiePolicyVersion(parseOperatorConfig(raw))).not.toBe(cookiePolicyVersion(parseOperatorConfig(plain)));
  });
});
