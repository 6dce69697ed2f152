import { FormArray, FormControl, FormGroup, Validators } from '@angular/forms';
import { applyServerError, errorField } from './server-errors';

function form() {
  return new FormGroup({
    email: new FormControl('a@b.c', { nonNullable: true, validators: [Validators.required] }),
    organization: new FormGroup({
      vatNumber: new FormControl('FR1', { nonNullable: true }),
      billingAddresses: new FormArray([
        new FormGroup({ street: new FormControl('x', { nonNullable: true }) }),
        new FormGroup({ street: new FormControl('y', { nonNullable: true }) }),
      ]),
    }),
  });
}

describe('applyServerError', () => {
  it('puts the message on the control the dotted path names', () => {
    const f = form();
    const control = applyServerError(f, 'organization.vatNumber', 'Bad VAT');
    expect(control).toBe(f.controls.organization.controls.vatNumber);
    expect(control?.getError('server')).toBe('Bad VAT');
    expect(control?.touched).toBe(true);
  });

  it('follows array indexes', () => {
    const f = form();
    applyServerError(f, 'organization.billingAddresses.1.street', 'Too long');
    expect(f.controls.organization.controls.billingAddresses.at(1).controls.street.getError('server')).toBe('Too long');
    expect(f.controls.organization.controls.billingAddresses.at(0).controls.street.errors).toBeNull();
  });

  it('falls back to the nearest parent that exists, never the root', () => {
    const f = form();
    const control = applyServerError(f, 'organization.billingAddresses.isDefault', 'Exactly one default');
    expect(control).toBe(f.controls.organization.controls.billingAddresses);
    expect(applyServerError(f, 'termsVersion', 'Old terms')).toBeUndefined();
    expect(applyServerError(f, undefined, 'x')).toBeUndefined();
    expect(f.errors).toBeNull();
  });

  it('clears on the next edit', () => {
    const f = form();
    applyServerError(f, 'email', 'Taken');
    expect(f.controls.email.hasError('server')).toBe(true);
    f.controls.email.setValue('other@b.c');
    expect(f.controls.email.hasError('server')).toBe(false);
  });

  it('reads extensions.field', () => {
    expect(errorField({ code: 'BAD_USER_INPUT', field: 'email' })).toBe('email');
    expect(errorField({ code: 'CONFLICT' })).toBeUndefined();
  });
});
