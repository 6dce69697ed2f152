import { ChangeDetectionStrategy, Component, Directive, ViewEncapsulation, inject, input } from '@angular/core';

let nextId = 0;

/**
 * Material's outlined select field on a native `<select>`, in CSS alone, for a page that must
 * load light (the dashboard's category filter: MatSelect brings the form field, the CDK overlay,
 * options and `@angular/forms`, about 30 kB brotli). The browser's own list opens it: the
 * keyboard, screen readers and phones (a picker) work as they do everywhere. The label sits on the
 * outline, as Material's does once a value is chosen (a select always has one). Colours, type
 * and shape are the theme's `--mat-sys-*` tokens, so it follows light and dark like the Material
 * fields elsewhere; `color-scheme` themes the open list. `--mgr-select-field-height` sets its
 * height (56 px, Material's; 40 px or more for a dense toolbar), `--mgr-select-field-surface`
 * what its label's notch is painted with (the page surface by default).
 *
 * @example
 * <mgr-select-field label="Category">
 *   <select mgrSelect (change)="pick($any($event.target).value)">
 *     <option value="ALL" [selected]="!category()">All categories</option>
 *   </select>
 * </mgr-select-field>
 */
@Component({
  selector: 'mgr-select-field',
  changeDetection: ChangeDetectionStrategy.OnPush,
  encapsulation: ViewEncapsulation.None,
  host: { class: 'mgr-select-field' },
  template: `
    <ng-content />
    <label class="mgr-select-field__label" [for]="selectId">{{ label() }}</label>
  `,
  styles: `
    .mgr-select-field {
      position: relative;
      display: block;
      color: var(--mat-sys-on-surface-variant);
    }
    /* The arrow, drawn where Material draws it; the select's own is hidden (appearance: none). */
    .mgr-select-field::after {
      content: '';
      position: absolute;
      inset-block-start: 50%;
      inset-inline-end: 16px;
      border-inline: 5px solid transparent;
      border-block-start: 5px solid currentColor;
      transform: translateY(-50%);
      pointer-events: none;
    }
    .mgr-select-field:focus-within {
      color: var(--mat-sys-primary);
    }
    .mgr-select-field__select {
      box-sizing: border-box;
      display: block;
      inline-size: 100%;
      block-size: var(--mgr-select-field-height, 56px);
      margin: 0;
      padding: 0 40px 0 16px;
      border: 1px solid var(--mat-sys-outline);
      border-radius: var(--mat-sys-corner-extra-small);
      background: transparent;
      color: var(--mat-sys-on-surface);
      font: var(--mat-sys-body-large);
      appearance: none;
      cursor: pointer;
    }
    .mgr-select-field__select:hover {
      border-color: var(--mat-sys-on-surface);
    }
    /* Focused as Material's: a 2 px outline in the primary colour (1 px border + 1 px inset
       shadow, so the text does not move); the keyboard's ring (styles.scss) is drawn outside it. */
    .mgr-select-field__select:focus {
      border-color: var(--mat-sys-primary);
      box-shadow: inset 0 0 0 1px var(--mat-sys-primary);
    }
    /* The open list, where the browser lets a page colour it. */
    .mgr-select-field__select option {
      background: var(--mat-sys-surface-container);
      color: var(--mat-sys-on-surface);
    }
    .mgr-select-field__label {
      position: absolute;
      inset-block-start: 0;
      inset-inline-start: 12px;
      max-inline-size: calc(100% - 32px);
      padding-inline: 4px;
      transform: translateY(-50%);
      overflow: hidden;
      white-space: nowrap;
      text-overflow: ellipsis;
      font: var(--mat-sys-body-small);
      background: var(--mgr-select-field-surface, var(--mat-sys-surface));
      pointer-events: none;
    }
  `,
})
export class SelectField {
  /** The field's name, on its outline (the select's `<label>`). */
  readonly label = input.required<string>();

  readonly selectId = `mgr-select-field-${nextId++}`;
}

/** The `<select>` inside `<mgr-select-field>`: named by the field's label. */
@Directive({
  selector: 'select[mgrSelect]',
  host: { class: 'mgr-select-field__select', '[id]': 'field.selectId' },
})
export class NativeSelect {
  protected readonly field = inject(SelectField);
}
