import { AbstractControl, FormArray, FormControl, FormGroup, ValidationErrors, ValidatorFn, Validators } from '@angular/forms';
import { EntityType, euVatCountry, isCountryCode, notEuNote, validateVatNumber, vatApplies } from '@manager/domain';
import type { BillingAddressInput, OrganizationDetailsInput } from '@manager/web-data-access';

/**
 * The organization form shared by sign-up, "Create organization" and the details page. Shaped
 * like `OrganizationDetailsInput`, so an API error's `extensions.field`
 * (`organization.billingAddresses.0.city`) finds its control with `applyServerError`.
 */
export type AddressForm = FormGroup<{
  id: FormControl<string | null>;
  recipient: FormControl<string>;
  street: FormControl<string>;
  postcode: FormControl<string>;
  city: FormControl<string>;
  country: FormControl<string>;
  isDefault: FormControl<boolean>;
}>;

export type AddressList = FormArray<AddressForm>;

export type OrganizationForm = FormGroup<{
  entityType: FormControl<EntityType>;
  name: FormControl<string>;
  country: FormControl<string>;
  vatNumber: FormControl<string>;
  billingAddresses: AddressList;
}>;

export interface AddressValue {
  id?: string | null;
  recipient?: string | null;
  street: string;
  postcode: string;
  city: string;
  country: string;
  isDefault: boolean;
}

export interface OrganizationValue {
  entityType: EntityType;
  name: string;
  country: string;
  vatNumber?: string | null;
  billingAddresses: readonly AddressValue[];
}

export const NAME_MAX = 200;

/** A country control's rule: one of the ISO codes of the picker (empty is `required`'s job). */
export const countryCodeValidator: ValidatorFn = (control) =>
  !control.value || isCountryCode(control.value) ? null : { country: true };

/**
 * Checks the VAT number against the organization's country and entity type (its siblings), with
 * the domain's rules and messages. Empty is fine (the number is optional) and so is anything when
 * a VAT number does not apply there: the field is not shown and its value is not sent.
 */
export const vatNumberValidator: ValidatorFn = (control) => {
  const group = control.parent;
  const country = group?.get('country')?.value as string | undefined;
  const entityType = group?.get('entityType')?.value as EntityType | undefined;
  const value = String(control.value ?? '').trim();
  if (!value || !country || !entityType || !vatApplies(country, entityType)) return null;
  const check = validateVatNumber({ country, entityType, vatNumber: value });
  return check.valid ? null : { vat: { code: check.code, message: check.message } };
};

/** What the VAT part of the form shows for this country and entity type. */
export type VatFieldState =
  | { kind: 'input'; example: string }
  | { kind: 'note'; message: string }
  | { kind: 'none' };

/**
 * `input` for a company in the EU VAT area (with an example number); for a company elsewhere a
 * `note` saying why there is no field (the domain's reason, e.g. Swiss VAT, without the API's
 * "leave the field empty": there is no field to leave); `none` for an individual or before a
 * country is chosen.
 */
export function vatFieldState(country: string, entityType: EntityType): VatFieldState {
  if (entityType !== 'COMPANY' || !isCountryCode(country)) return { kind: 'none' };
  if (vatApplies(country, entityType)) return { kind: 'input', example: euVatCountry(country)?.example ?? '' };
  return { kind: 'note', message: notEuNote(country) };
}

/** Exactly one default among at least one address. */
export const addressListValidator: ValidatorFn = (control: AbstractControl): ValidationErrors | null => {
  const list = (control as AddressList).controls;
  if (list.length === 0) return { noAddress: true };
  const defaults = list.filter((a) => a.controls.isDefault.value).length;
  return defaults === 1 ? null : { oneDefault: true };
};

export function createAddressForm(value?: Partial<AddressValue>): AddressForm {
  const text = (v: string | null | undefined, validators: ValidatorFn[] = []) =>
    new FormControl(v ?? '', { nonNullable: true, validators });
  return new FormGroup({
    id: new FormControl<string | null>(value?.id ?? null),
    recipient: text(value?.recipient, [Validators.maxLength(200)]),
    street: text(value?.street, [Validators.required, Validators.maxLength(200)]),
    postcode: text(value?.postcode, [Validators.required, Validators.maxLength(20)]),
    city: text(value?.city, [Validators.required, Validators.maxLength(100)]),
    country: text(value?.country, [Validators.required, countryCodeValidator]),
    isDefault: new FormControl(value?.isDefault ?? false, { nonNullable: true }),
  });
}

/** Adds an address; the first one of the list is the default. */
export function addAddress(list: AddressList, country = ''): AddressForm {
  const address = createAddressForm({ country, isDefault: list.length === 0 });
  list.push(address);
  return address;
}

/** Makes the address at `index` the default and every other one not. */
export function setDefaultAddress(list: AddressList, index: number): void {
  list.controls.forEach((address, i) => address.controls.isDefault.setValue(i === index));
  list.markAsDirty();
}

/** Removes an address (never the last one); if it was the default, the first remaining one takes over. */
export function removeAddress(list: AddressList, index: number): void {
  if (list.length <= 1 || index < 0 || index >= list.length) return;
  const wasDefault = list.at(index).controls.isDefault.value;
  list.removeAt(index);
  if (wasDefault || !list.controls.some((a) => a.controls.isDefault.value)) setDefaultAddress(list, 0);
  list.markAsDirty();
}

/**
 * A new organization form. Keeps itself consistent: the VAT number is re-checked when the country
 * or entity type changes, and addresses whose country still follows the organization's (empty or
 * equal to the previous one) move with it.
 */
export function createOrganizationForm(value?: Partial<OrganizationValue>): OrganizationForm {
  const addresses: AddressList = new FormArray<AddressForm>([], { validators: [addressListValidator] });
  const form: OrganizationForm = new FormGroup({
    entityType: new FormControl<EntityType>(value?.entityType ?? 'COMPANY', { nonNullable: true }),
    name: new FormControl(value?.name ?? '', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(NAME_MAX)],
    }),
    country: new FormControl(value?.country ?? '', {
      nonNullable: true,
      validators: [Validators.required, countryCodeValidator],
    }),
    vatNumber: new FormControl(value?.vatNumber ?? '', { nonNullable: true, validators: [vatNumberValidator] }),
    billingAddresses: addresses,
  });
  if (value?.billingAddresses?.length) {
    for (const address of value.billingAddresses) addresses.push(createAddressForm(address));
  } else {
    addAddress(addresses, value?.country ?? '');
  }

  let previousCountry = form.controls.country.value;
  form.controls.country.valueChanges.subscribe((country) => {
    for (const address of addresses.controls) {
      const c = address.controls.country;
      if (!c.value || c.value === previousCountry) c.setValue(country);
    }
    previousCountry = country;
    form.controls.vatNumber.updateValueAndValidity();
  });
  form.controls.entityType.valueChanges.subscribe(() => form.controls.vatNumber.updateValueAndValidity());
  return form;
}

const trimmedOrNull = (v: string | null | undefined) => (v && v.trim() ? v.trim() : null);

/**
 * The API input for the form's value: trimmed, the VAT number normalized (FR 40-303… →
 * FR40303265045) and only where one applies (null otherwise, which clears a stored number).
 */
export function toOrganizationDetailsInput(form: OrganizationForm): OrganizationDetailsInput {
  const v = form.getRawValue();
  let vatNumber: string | null = null;
  if (vatApplies(v.country, v.entityType) && v.vatNumber.trim()) {
    const check = validateVatNumber({ country: v.country, entityType: v.entityType, vatNumber: v.vatNumber });
    vatNumber = check.valid ? check.normalized : v.vatNumber.trim();
  }
  const billingAddresses: BillingAddressInput[] = v.billingAddresses.map((a) => ({
    ...(a.id ? { id: a.id } : {}),
    recipient: trimmedOrNull(a.recipient),
    street: a.street.trim(),
    postcode: a.postcode.trim(),
    city: a.city.trim(),
    country: a.country,
    isDefault: a.isDefault,
  }));
  return { entityType: v.entityType, name: v.name.trim(), country: v.country, vatNumber, billingAddresses };
}
