import { afterNextRender, Directive, ElementRef, inject, Renderer2 } from '@angular/core';

/**
 * The column's name on each cell, for tables shown as cards on phones (table-cards.scss): there the
 * header row is only read by screen readers, so a value alone ("12 Mar 2026", "CHF 40.00") would say
 * nothing to the eye. The directive copies the header cell's text (already localized, so no text is
 * written twice) into the cell's `data-label`, which the phone style draws above the value with
 * `content: attr(data-label) / ""`: an empty alternative text, so screen readers, which get the name
 * from the table's real header, do not read it twice; the cell's own text (tests, copy and paste)
 * stays the value.
 *
 * Applies by itself to every `td[mat-cell]` of a component that imports it, and to a plain table's
 * cells marked `mgrCellLabel`. A header whose only text is visually hidden (the "Actions" column of
 * icon buttons) or a control's label (a "select the page" checkbox) gives no label.
 *
 * @example
 * imports: [MatTableModule, CellLabel]   // every mat-table of the template
 * <td mgrCellLabel>…</td>                 // a plain table with class "mgr-card-table"
 */
@Directive({ selector: 'td[mat-cell], td[mgrCellLabel]' })
export class CellLabel {
  constructor() {
    const cell = inject<ElementRef<HTMLTableCellElement>>(ElementRef).nativeElement;
    const renderer = inject(Renderer2);
    // After the render: the header row and the cell are both in the document by then.
    afterNextRender(() => {
      const text = headerText(cell);
      if (text) renderer.setAttribute(cell, 'data-label', text);
    });
  }
}

const NOT_A_NAME = '.visually-hidden, .cdk-visually-hidden, mat-checkbox, mat-radio-button, mat-slide-toggle, input, select, textarea, label';

/** The visible text of the header cell above `cell` (same column index), whitespace collapsed. */
export function headerText(cell: HTMLTableCellElement): string {
  const header = cell.closest('table')?.tHead?.rows[0]?.cells[cell.cellIndex];
  if (!header) return '';
  const copy = header.cloneNode(true) as HTMLElement;
  // Not a column's name: text only screen readers get, and a control's own label (the header's "select the page" box).
  copy.querySelectorAll(NOT_A_NAME).forEach((hidden) => hidden.remove());
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}
