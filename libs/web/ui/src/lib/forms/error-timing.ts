import { Injectable, type Provider } from '@angular/core';
import type { AbstractControl, FormGroupDirective, NgForm } from '@angular/forms';
import { ErrorStateMatcher } from '@angular/material/core';

/**
 * When a field shows its error: once the form was submitted, or once the person changed the field
 * and left it. Material's default also shows it when an untouched field is merely tabbed past
 * ("Enter your email." before anything was typed): an error nobody made yet (WCAG 3.3.1, and
 * noise for screen-reader users). Fields with their own timing (as-you-type checks) keep theirs.
 */
@Injectable()
export class AfterChangeOrSubmitErrorStateMatcher implements ErrorStateMatcher {
  isErrorState(control: AbstractControl | null, form: FormGroupDirective | NgForm | null): boolean {
    if (!control?.invalid) return false;
    return !!form?.submitted || (control.dirty && control.touched);
  }
}

/** For the application's root providers: every Material field of every page follows that timing. */
export function provideErrorTiming(): Provider {
  return { provide: ErrorStateMatcher, useClass: AfterChangeOrSubmitErrorStateMatcher };
}
