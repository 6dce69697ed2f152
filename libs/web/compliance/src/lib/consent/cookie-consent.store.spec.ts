import { decisionHolds, type CookieDecision } from './cookie-consent.store';
import type { CookiePolicy } from '../operator/operator-facts';

const policy: CookiePolicy = { version: 'v2', validityMonths: 6, optionalCategories: [{ id: 'analytics', label: 'Analytics', description: '' }] };
const decided = (decidedAt: string, version = 'v2'): CookieDecision => ({ version, decidedAt, choices: { analytics: true }, source: 'DIALOG' });

describe('a cookie decision', () => {
  const now = new Date('2026-12-02T12:00:00Z');

  it('holds for six months, then the dialog asks again', () => {
    expect(decisionHolds(decided('2026-06-03T12:00:00Z'), policy, now)).toBe(true);
    expect(decisionHolds(decided('2026-06-01T12:00:00Z'), policy, now)).toBe(false);
  });

  it('made for other categories (another version) does not hold', () => {
    expect(decisionHolds(decided('2026-12-01T12:00:00Z', 'v1'), policy, now)).toBe(false);
  });

  it('absent does not hold', () => {
    expect(decisionHolds(null, policy, now)).toBe(false);
  });
});
