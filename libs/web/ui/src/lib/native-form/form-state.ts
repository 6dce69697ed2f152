import { Signal, WritableSignal, computed, signal } from '@angular/core';

/** A rule on a field's text: the message to show when it fails, else null. */
export type TextRule = (value: string) => string | null;

/** Angular's `Validators.email` pattern (the same addresses pass): empty is left to `required`. */
const EMAIL =
  /^(?=.{1,254}$)(?=.{1,64}@)[a-zA-Z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-zA-Z0-9!#$%&'*+/=?^_`{|}~-]+)*@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;

export const required =
  (message: string): TextRule =>
  (value) =>
    value.length ? null : message;

export const emailAddress =
  (message: string): TextRule =>
  (value) =>
    !value || EMAIL.test(value) ? null : message;

/** One text field's value and what the person did with it; `error` is the first failing rule's message. */
export interface TextFieldState {
  readonly value: WritableSignal<string>;
  /** Changed by the person (not by the page). */
  readonly dirty: WritableSignal<boolean>;
  /** Left at least once. */
  readonly touched: WritableSignal<boolean>;
  /** The API's refusal of this value (`extensions.field`), until the person edits it. */
  readonly serverError: WritableSignal<string | null>;
  /** The API's refusal first, else the first failing rule's message. */
  readonly error: Signal<string | null>;
  /** The error to show now: only once the form was submitted, or the field was changed and left. */
  readonly shownError: Signal<string | null>;
  /** What the person typed: the value, marked changed, the API's refusal gone. */
  edit(value: string): void;
  /** Back to `value`, untouched and unchanged (the form's "submitted" stays, as Angular's does). */
  reset(value?: string): void;
}

/**
 * A form's state in signals, for the pages that must load light (the login screen): no
 * `@angular/forms`, no Material form field. Errors follow `AfterChangeOrSubmitErrorStateMatcher`'s
 * timing (web-ui/forms): none before a submit, or before the person changed a field and left it.
 *
 * @example
 * readonly form = new SignalForm();
 * readonly email = this.form.field('', required('Enter your email.'));
 * submit() { if (!this.form.submit()) return; … }
 */
export class SignalForm {
  /** Set by `submit()`, cleared by `restart()` (a new form on screen). */
  readonly submitted = signal(false);
  private readonly fields: TextFieldState[] = [];

  field(initial: string, ...rules: TextRule[]): TextFieldState {
    const value = signal(initial);
    const dirty = signal(false);
    const touched = signal(false);
    const serverError = signal<string | null>(null);
    const error = computed(() => {
      if (serverError()) return serverError();
      for (const rule of rules) {
        const message = rule(value());
        if (message) return message;
      }
      return null;
    });
    const submitted = this.submitted;
    const field: TextFieldState = {
      value,
      dirty,
      touched,
      serverError,
      error,
      shownError: computed(() => (error() && (submitted() || (dirty() && touched())) ? error() : null)),
      edit(to) {
        value.set(to);
        dirty.set(true);
        serverError.set(null);
      },
      reset(to = '') {
        value.set(to);
        dirty.set(false);
        touched.set(false);
        serverError.set(null);
      },
    };
    this.fields.push(field);
    return field;
  }

  /** Marks the form submitted (its errors show) and says whether every field is valid. */
  submit(): boolean {
    this.submitted.set(true);
    return this.fields.every((field) => !field.error());
  }

  /** As when the form is shown anew: not submitted, every field reset to empty. */
  restart(): void {
    this.submitted.set(false);
    for (const field of this.fields) field.reset();
  }
}
