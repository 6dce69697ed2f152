import { ApiScopeResource } from '@manager/domain';
import { canRevoke, canRotate, clientSummary, defaultScopeChoices, scopeSummary, scopesInput } from './token-vocabulary';

describe('scopeSummary', () => {
  it('lists writes first, then reads, in the domain order', () => {
    expect(
      scopeSummary([
        { resource: 'PRODUCTS', level: 'READ' },
        { resource: 'ORDERS', level: 'WRITE' },
        { resource: 'ORGANIZATIONS', level: 'READ' },
      ]),
    ).toBe('Read and write: Orders · Read: Organizations, Products');
  });

  it('says "everything" when all nine resources share one level, and "No access" for none', () => {
    const all = Object.values(ApiScopeResource);
    expect(scopeSummary(all.map((resource) => ({ resource, level: 'READ' as const })))).toBe('Read everything');
    expect(scopeSummary(all.map((resource) => ({ resource, level: 'WRITE' as const })))).toBe('Read and write everything');
    expect(scopeSummary([])).toBe('No access');
  });
});

describe('clientSummary', () => {
  it('names up to three clients, then counts the rest', () => {
    expect(clientSummary('ALL', [])).toBe('All clients, current and future');
    expect(clientSummary('SELECTED', [{ name: 'A' }, { name: 'B' }])).toBe('A, B');
    expect(clientSummary('SELECTED', ['A', 'B', 'C', 'D', 'E'].map((name) => ({ name })))).toBe('A, B, C and 2 more');
  });
});

describe('scope choices', () => {
  it('default to reading every resource, which is what the API is sent', () => {
    expect(scopesInput(defaultScopeChoices())).toEqual(Object.values(ApiScopeResource).map((resource) => ({ resource, level: 'READ' })));
  });

  it('leave out the resources with no access', () => {
    const choices = { ...defaultScopeChoices(), MEMBERS: 'NONE' as const, ORDERS: 'WRITE' as const };
    const input = scopesInput(choices);
    expect(input.find((s) => s.resource === 'MEMBERS')).toBeUndefined();
    expect(input.find((s) => s.resource === 'ORDERS')).toEqual({ resource: 'ORDERS', level: 'WRITE' });
    expect(input).toHaveLength(8);
  });
});

describe('what a token can still become', () => {
  it('rotates back to life when switched off, never once expired or revoked', () => {
    expect(['ACTIVE', 'DISABLED', 'SUSPENDED'].every((s) => canRotate(s as never))).toBe(true);
    expect(canRotate('EXPIRED')).toBe(false);
    expect(canRotate('REVOKED')).toBe(false);
    expect(canRevoke('SUSPENDED')).toBe(true);
    expect(canRevoke('REVOKED')).toBe(false);
    expect(canRevoke('EXPIRED')).toBe(false);
  });
});
