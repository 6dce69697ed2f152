import { ChangeDetectionStrategy, Component, Directive, ViewEncapsulation, computed, inject, input } from '@angular/core';
import type { TextFieldState } from './form-state';

let nextId = 0;

/**
 * Material's outlined text field in native HTML and CSS, for the pages that must load light (the
 * login screen: Material's form field, input and ripple with the CDK's a11y are about 32 kB
 * brotli). The label floats into the outline once the field is focused or filled; the error
 * under it is the input's description. Colours, type and shape are the theme's `--mat-sys-*`
 * tokens, so it follows light and dark like the Material fields beside it. The label's notch is
 * painted with `--mgr-text-field-surface` (what the field sits on; the page surface by default).
 *
 * @example
 * <mgr-text-field label="Email" [field]="email">
 *   <input mgrTextInput type="email" autocomplete="username" required />
 * </mgr-text-field>
 */
@Component({
  selector: 'mgr-text-field',
  changeDetection: ChangeDetectionStrategy.OnPush,
  encapsulation: ViewEncapsulation.None,
  host: { class: 'mgr-text-field', '[class.mgr-text-field--invalid]': 'field().shownError()' },
  template: `
    <div class="mgr-text-field__box">
      <ng-content />
      <label class="mgr-text-field__label" [for]="inputId">{{ label() }}</label>
    </div>
    <div class="mgr-text-field__subscript">
      @if (field().shownError(); as error) {
        <span class="mgr-text-field__error" [id]="errorId">{{ error }}</span>
      }
    </div>
  `,
  styles: `
    .mgr-text-field {
      display: block;
      --mgr-text-field-accent: var(--mat-sys-primary);
    }
    .mgr-text-field--invalid {
      --mgr-text-field-accent: var(--mat-sys-error);
    }
    .mgr-text-field__box {
      position: relative;
    }
    .mgr-text-field__input {
      box-sizing: border-box;
      display: block;
      inline-size: 100%;
      block-size: 56px;
      margin: 0;
      padding: 0 16px;
      border: 1px solid var(--mat-sys-outline);
      border-radius: var(--mat-sys-corner-extra-small);
      background: transparent;
      color: var(--mat-sys-on-surface);
      caret-color: var(--mgr-text-field-accent);
      font: var(--mat-sys-body-large);
    }
    .mgr-text-field__input:hover {
      border-color: var(--mat-sys-on-surface);
    }
    .mgr-text-field--invalid .mgr-text-field__input {
      border-color: var(--mat-sys-error);
    }
    /* Focused as Material's: a 2 px outline in the accent (1 px border + 1 px inset shadow, so the
       text does not move); the keyboard's ring (styles.scss, :focus-visible) is drawn outside it. */
    .mgr-text-field__input:focus {
      border-color: var(--mgr-text-field-accent);
      box-shadow: inset 0 0 0 1px var(--mgr-text-field-accent);
    }
    .mgr-text-field__input::placeholder {
      color: transparent;
    }
    /* Chromium paints autofilled fields its own colour: keep the field's. */
    .mgr-text-field__input:autofill {
      -webkit-text-fill-color: var(--mat-sys-on-surface);
      box-shadow: inset 0 0 0 100px var(--mgr-text-field-surface, var(--mat-sys-surface));
    }
    .mgr-text-field__input:autofill:focus {
      box-shadow:
        inset 0 0 0 1px var(--mgr-text-field-accent),
        inset 0 0 0 100px var(--mgr-text-field-surface, var(--mat-sys-surface));
    }
    .mgr-text-field__label {
      position: absolute;
      inset-block-start: 28px;
      inset-inline-start: 12px;
      max-inline-size: calc(100% - 32px);
      padding-inline: 4px;
      transform: translateY(-50%);
      overflow: hidden;
      white-space: nowrap;
      text-overflow: ellipsis;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-large);
      background: var(--mgr-text-field-surface, var(--mat-sys-surface));
      pointer-events: none;
      transition:
        inset-block-start 150ms cubic-bezier(0.4, 0, 0.2, 1),
        font-size 150ms cubic-bezier(0.4, 0, 0.2, 1);
    }
    .mgr-text-field--invalid .mgr-text-field__label {
      color: var(--mat-sys-error);
    }
    /* Floated: on the outline, small, in the accent while focused. */
    .mgr-text-field__input:focus + .mgr-text-field__label,
    .mgr-text-field__input:not(:placeholder-shown) + .mgr-text-field__label,
    .mgr-text-field__input:autofill + .mgr-text-field__label {
      inset-block-start: 0;
      font: var(--mat-sys-body-small);
    }
    .mgr-text-field__input:focus + .mgr-text-field__label {
      color: var(--mgr-text-field-accent);
    }
    /* Room for one line of error, reserved so that the form does not jump when it shows. */
    .mgr-text-field__subscript {
      min-block-size: 20px;
      padding: 4px 16px 0;
      box-sizing: border-box;
      color: var(--mat-sys-error);
      font: var(--mat-sys-body-small);
    }
    @media (prefers-reduced-motion: reduce) {
      .mgr-text-field__label {
        transition: none;
      }
    }
  `,
})
export class TextField {
  /** The field's name, shown in it and floated above the text (the input's `<label>`). */
  readonly label = input.required<string>();
  readonly field = input.required<TextFieldState>();

  readonly inputId = `mgr-text-field-${nextId++}`;
  readonly errorId = `${this.inputId}-error`;
}

/**
 * The `<input>` inside `<mgr-text-field>`: its value and what the person does go to the field's
 * state; `aria-invalid` and `aria-describedby` (the error) follow the error shown.
 */
@Directive({
  selector: 'input[mgrTextInput]',
  host: {
    class: 'mgr-text-field__input',
    // A blank placeholder, so that CSS knows the field is empty (`:placeholder-shown`) and keeps the label inside.
    placeholder: ' ',
    '[id]': 'textField.inputId',
    '[value]': 'state().value()',
    '[attr.aria-invalid]': 'invalid() ? "true" : null',
    '[attr.aria-describedby]': 'invalid() ? textField.errorId : null',
    '(input)': 'changed($event)',
    '(blur)': 'state().touched.set(true)',
  },
})
export class TextInput {
  protected readonly textField = inject(TextField);
  protected readonly state = computed(() => this.textField.field());
  protected readonly invalid = computed(() => !!this.state().shownError());

  protected changed(event: Event): void {
    this.state().edit((event.target as HTMLInputElement).value);
  }
}
