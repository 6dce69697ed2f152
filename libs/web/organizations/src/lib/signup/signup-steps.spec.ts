import { stepOfField } from './signup-steps';

describe('stepOfField', () => {
  it('sends organization errors to the organization step', () => {
    expect(stepOfField('organization.vatNumber')).toBe(1);
    expect(stepOfField('organization.billingAddresses.0.postcode')).toBe(1);
    expect(stepOfField('organization.entityType')).toBe(0);
  });

  it('sends the person and the terms to the last step', () => {
    expect(stepOfField('email')).toBe(2);
    expect(stepOfField('password')).toBe(2);
    expect(stepOfField('acceptTerms')).toBe(2);
  });
});
