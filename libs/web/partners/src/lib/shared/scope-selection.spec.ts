import { endOfDayIso, groupByCategory, scopeInput, scopeProblem, setCategory, toDateInput, toggleProduct } from './scope-selection';

const products = [
  { id: 'm1', name: 'Mail b.ch', category: 'MAIL_SERVICE' },
  { id: 'd2', name: 'b.ch', category: 'DOMAIN' },
  { id: 'd1', name: 'a.ch', category: 'DOMAIN' },
];

describe('scope selection', () => {
  it('groups products by category, sorted, with the ticked count of each', () => {
    const groups = groupByCategory(products, ['d2', 'm1']);
    expect(groups.map((g) => [g.category, g.products.map((p) => p.id), g.selectedCount])).toEqual([
      ['DOMAIN', ['d1', 'd2'], 1],
      ['MAIL_SERVICE', ['m1'], 1],
    ]);
  });

  it('keeps ticks of other categories when one product or a whole category changes', () => {
    let selected = toggleProduct([], 'm1', true);
    selected = toggleProduct(selected, 'd1', true);
    expect(selected).toEqual(['m1', 'd1']);
    const domains = groupByCategory(products, selected)[0];
    selected = setCategory(selected, domains, true);
    expect([...selected].sort()).toEqual(['d1', 'd2', 'm1']);
    selected = setCategory(selected, domains, false);
    expect(selected).toEqual(['m1']);
    expect(toggleProduct(selected, 'm1', false)).toEqual([]);
  });

  it('needs products for LIMITED and a billing owner for COMPLETE', () => {
    expect(scopeProblem({ access: null, productIds: [], billingOwner: null })).toMatch(/limited or complete/);
    expect(scopeProblem({ access: 'LIMITED', productIds: [], billingOwner: null })).toMatch(/at least one product/);
    expect(scopeProblem({ access: 'COMPLETE', productIds: [], billingOwner: null })).toMatch(/who pays/);
    expect(scopeProblem({ access: 'LIMITED', productIds: ['d1'], billingOwner: null })).toBeNull();
  });

  it('sends LIMITED with products only and COMPLETE with the billing owner only', () => {
    expect(scopeInput({ access: 'LIMITED', productIds: ['d1'], billingOwner: 'PARTNER' })).toEqual({ access: 'LIMITED', productIds: ['d1'] });
    expect(scopeInput({ access: 'COMPLETE', productIds: ['d1'], billingOwner: 'PARTNER' })).toEqual({ access: 'COMPLETE', billingOwner: 'PARTNER' });
    expect(() => scopeInput({ access: 'LIMITED', productIds: [], billingOwner: null })).toThrow();
  });

  it('turns a date input into the end of that local day and back', () => {
    const iso = endOfDayIso('2030-05-31');
    expect(iso).not.toBeNull();
    expect(toDateInput(iso)).toBe('2030-05-31');
    expect(endOfDayIso('')).toBeNull();
    expect(toDateInput(null)).toBe('');
  });
});
