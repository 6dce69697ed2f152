import { FormControl, FormGroup, FormGroupDirective, Validators } from '@angular/forms';
import { AfterChangeOrSubmitErrorStateMatcher } from './error-timing';

describe('AfterChangeOrSubmitErrorStateMatcher', () => {
  const matcher = new AfterChangeOrSubmitErrorStateMatcher();
  const form = (submitted: boolean) => ({ submitted }) as FormGroupDirective;

  it('shows nothing when an empty field is only tabbed past', () => {
    const email = new FormControl('', Validators.required);
    email.markAsTouched();
    expect(matcher.isErrorState(email, form(false))).toBe(false);
  });

  it('shows the error once the field was changed and left', () => {
    const email = new FormControl('', Validators.required);
    email.markAsDirty();
    expect(matcher.isErrorState(email, form(false))).toBe(false);
    email.markAsTouched();
    expect(matcher.isErrorState(email, form(false))).toBe(true);
  });

  it('shows every error after a submit, touched or not', () => {
    const group = new FormGroup({ email: new FormControl('', Validators.required) });
    expect(matcher.isErrorState(group.controls.email, form(true))).toBe(true);
  });

  it('never marks a valid field', () => {
    const email = new FormControl('a@b.ch', Validators.required);
    email.markAsDirty();
    email.markAsTouched();
    expect(matcher.isErrorState(email, form(true))).toBe(false);
  });
});
