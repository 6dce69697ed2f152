import { FormControl, FormGroup, ValidatorFn, Validators } from '@angular/forms';
import { MembershipRole } from '@manager/domain';

/** An external member sees only the products granted: inviting one needs at least one. */
export const productsForExternalValidator: ValidatorFn = (group) => {
  const role = group.get('role')?.value as MembershipRole | undefined;
  const products = (group.get('productIds')?.value as string[] | undefined) ?? [];
  return role === 'EXTERNAL' && products.length === 0 ? { productsRequired: true } : null;
};

export function createInviteForm() {
  return new FormGroup(
    {
      email: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.email, Validators.maxLength(254)] }),
      role: new FormControl<MembershipRole>('USER', { nonNullable: true }),
      productIds: new FormControl<string[]>([], { nonNullable: true }),
    },
    { validators: [productsForExternalValidator] },
  );
}
