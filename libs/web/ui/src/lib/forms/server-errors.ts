import { AbstractControl } from '@angular/forms';

/**
 * Puts an API error on the form control it is about. The API names the input field in
 * `extensions.field` with a dotted path that mirrors the input object (`email`,
 * `organization.vatNumber`, `organization.billingAddresses.1.postcode`); forms here are shaped
 * like their input, so the same path finds the control. When the exact control does not exist the
 * nearest existing parent takes the error (`organization.billingAddresses` for a rule about the
 * whole list), never the root: then this returns `undefined` and the page shows the message itself.
 *
 * The error is `{ server: message }`; it disappears by itself on the next edit, because Angular
 * recomputes a control's errors from its validators when its value changes.
 *
 * @example
 * const control = applyServerError(form, 'organization.vatNumber', 'Not a valid VAT number.');
 * if (!control) banner.set(message);
 */
export function applyServerError(
  form: AbstractControl,
  field: unknown,
  message: string,
): AbstractControl | undefined {
  if (typeof field !== 'string' || !field) return undefined;
  const path = field.split('.').filter(Boolean);
  while (path.length) {
    const control = form.get(path);
    if (control) {
      control.setErrors({ ...(control.errors ?? {}), server: message });
      control.markAsTouched();
      return control;
    }
    path.pop();
  }
  return undefined;
}

/** The `extensions.field` of an API error, if it names one. */
export function errorField(extensions: Readonly<Record<string, unknown>> | undefined): string | undefined {
  const field = extensions?.['field'];
  return typeof field === 'string' && field ? field : undefined;
}
