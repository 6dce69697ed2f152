import type { Page } from '@playwright/test';

/**
 * The phone-layout gate's measure (issue 14), run by route-gates.spec.ts on every route at each
 * phone width: nothing wider than the screen, and every table shown as cards names each value
 * with its column: how wide the page is against the screen, the outermost elements that stick
 * out, and the card cells without their column's name.
 */
export function measureOverflow(page: Page) {
  return page.evaluate(() => {
    const viewport = window.innerWidth;
    // What sticks out of the page itself (not what scrolls inside a box of its own): the outermost such elements.
    const clipped = (el: Element) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        if (getComputedStyle(p).overflowX !== 'visible') return true;
      }
      return false;
    };
    const culprits = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => el.getClientRects().length > 0 && el.getBoundingClientRect().right > viewport + 1 && !clipped(el))
      .filter((el, _, all) => !all.includes(el.parentElement as HTMLElement))
      .slice(0, 3)
      .map((el) => `${el.tagName.toLowerCase()}${typeof el.className === 'string' && el.className.trim() ? '.' + el.className.trim().split(/\s+/).slice(0, 2).join('.') : ''} (${Math.round(el.getBoundingClientRect().right)} px)`);
    // Tables shown as cards: each value carries its column's name (the CellLabel directive of libs/web/ui).
    const unlabelled = [...document.querySelectorAll<HTMLTableCellElement>('table.mat-mdc-table tbody td, table.mgr-card-table tbody td')]
      .filter((td) => td.getClientRects().length > 0 && td.textContent?.trim())
      .flatMap((td) => {
        const header = td.closest('table')?.tHead?.rows[0]?.cells[td.cellIndex];
        const copy = header?.cloneNode(true) as HTMLElement | undefined;
        // As CellLabel: neither screen-reader-only text nor a control's own label names a column.
        copy?.querySelectorAll('.visually-hidden, .cdk-visually-hidden, mat-checkbox, mat-radio-button, mat-slide-toggle, input, select, textarea, label').forEach((hidden) => hidden.remove());
        const name = copy?.textContent?.replace(/\s+/g, ' ').trim();
        if (!name) return [];
        const drawn = getComputedStyle(td, '::before');
        const shown = td.getAttribute('data-label') === name && drawn.display !== 'none' && !['none', 'normal'].includes(drawn.content);
        return shown ? [] : [`"${name}"`];
      });
    return { scrollWidth: document.documentElement.scrollWidth, viewport, culprits, unlabelled: [...new Set(unlabelled)] };
  });
}

export function overflowOf(url: string, measured: { scrollWidth: number; viewport: number; culprits: string[] }): string[] {
  if (measured.scrollWidth <= measured.viewport) return [];
  return [`${url}: ${measured.scrollWidth} px wide > ${measured.viewport}; ${measured.culprits.join(', ')}`];
}
