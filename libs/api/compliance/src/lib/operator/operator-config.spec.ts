import { join } from 'node:path';
import { cookiePolicyVersion, loadOperatorConfig, OperatorConfigError, parseOperatorConfig } from './operator-config';

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
});
