import { createInviteForm } from './invite-form';

describe('invite form', () => {
  it('needs a valid email', () => {
    const form = createInviteForm();
    form.controls.email.setValue('not-an-email');
    expect(form.controls.email.hasError('email')).toBe(true);
    form.controls.email.setValue('new@example.com');
    expect(form.valid).toBe(true);
  });

  it('needs at least one product for an external member, none otherwise', () => {
    const form = createInviteForm();
    form.controls.email.setValue('new@example.com');
    form.controls.role.setValue('EXTERNAL');
    expect(form.hasError('productsRequired')).toBe(true);
    form.controls.productIds.setValue(['p1']);
    expect(form.valid).toBe(true);
    form.controls.productIds.setValue([]);
    form.controls.role.setValue('ADMIN');
    expect(form.valid).toBe(true);
  });
});
