import { ADD_PARTNER_STEPS, ADD_PARTNER_STEP_TITLES, AddPartnerState, nextStep, previousStep, stepProblem } from './add-partner-steps';

const empty: AddPartnerState = { partnerId: null, access: null, productIds: [], billingOwner: null, endsOn: '' };

describe('add a partner: steps', () => {
  it('goes partner → access → scope → review → sent, and back', () => {
    expect(nextStep('partner')).toBe('access');
    expect(nextStep('access')).toBe('scope');
    expect(nextStep('scope')).toBe('review');
    expect(nextStep('review')).toBe('sent');
    expect(previousStep('review')).toBe('scope');
    expect(previousStep('partner')).toBe('partner');
  });

  it('stops on each step until its choice is made', () => {
    expect(stepProblem('partner', empty)).toMatch(/Select a partner/);
    const withPartner = { ...empty, partnerId: 'p1' };
    expect(stepProblem('partner', withPartner)).toBeNull();
    expect(stepProblem('access', withPartner)).toMatch(/limited or complete/);
    const limited = { ...withPartner, access: 'LIMITED' as const };
    expect(stepProblem('scope', limited)).toMatch(/at least one product/);
    expect(stepProblem('scope', { ...limited, productIds: ['x'] })).toBeNull();
    const complete = { ...withPartner, access: 'COMPLETE' as const };
    expect(stepProblem('scope', complete)).toMatch(/who pays/);
    expect(stepProblem('scope', { ...complete, billingOwner: 'CLIENT' as const })).toBeNull();
  });

  it('refuses an end date that is not in the future', () => {
    const ready = { ...empty, partnerId: 'p1', access: 'LIMITED' as const, productIds: ['x'] };
    expect(stepProblem('review', { ...ready, endsOn: '2026-01-10' }, '2026-01-10')).toMatch(/future/);
    expect(stepProblem('review', { ...ready, endsOn: '2026-01-11' }, '2026-01-10')).toBeNull();
    expect(stepProblem('review', ready, '2026-01-10')).toBeNull();
  });

  it('names every step once, whatever the access (the third names both of its forms)', () => {
    expect(ADD_PARTNER_STEPS.map((step) => ADD_PARTNER_STEP_TITLES[step as keyof typeof ADD_PARTNER_STEP_TITLES])).toEqual([
      'Partner',
      'Access',
      'Products or payment',
      'Check and send',
    ]);
  });
});
