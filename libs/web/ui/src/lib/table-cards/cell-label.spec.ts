import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatTableModule } from '@angular/material/table';
import { CellLabel } from './cell-label';

@Component({
  imports: [MatTableModule, CellLabel],
  template: `
    <table mat-table [dataSource]="rows" id="mat">
      <ng-container matColumnDef="select">
        <th mat-header-cell *matHeaderCellDef><label><input type="checkbox" /> Select the page</label></th>
        <td mat-cell *matCellDef="let r"><input type="checkbox" /></td>
      </ng-container>
      <ng-container matColumnDef="name">
        <th mat-header-cell *matHeaderCellDef>  Member
          since </th>
        <td mat-cell *matCellDef="let r">{{ r.name }}</td>
      </ng-container>
      <ng-container matColumnDef="actions">
        <th mat-header-cell *matHeaderCellDef><span class="visually-hidden">Actions</span></th>
        <td mat-cell *matCellDef="let r"><button type="button">⋮</button></td>
      </ng-container>
      <tr mat-header-row *matHeaderRowDef="columns"></tr>
      <tr mat-row *matRowDef="let row; columns: columns"></tr>
    </table>
    <table id="plain">
      <thead><tr><th>Version</th><th>By</th></tr></thead>
      <tbody><tr><td mgrCellLabel>3</td><td mgrCellLabel>Léa</td></tr></tbody>
    </table>
  `,
})
class Host {
  readonly rows = [{ name: 'Léa' }, { name: 'Paul' }];
  readonly columns = ['select', 'name', 'actions'];
}

function labels(root: HTMLElement, table: string): (string | null)[][] {
  return Array.from(root.querySelectorAll(`#${table} tbody tr`)).map((tr) =>
    Array.from(tr.querySelectorAll('td')).map((td) => td.getAttribute('data-label')),
  );
}

describe('CellLabel', () => {
  it("gives each cell its header's visible text as data-label, the cell's text unchanged; none for controls or screen-reader-only headers", async () => {
    const fixture = TestBed.createComponent(Host);
    fixture.detectChanges();
    await fixture.whenStable();
    const root = fixture.nativeElement as HTMLElement;

    expect(labels(root, 'mat')).toEqual([
      [null, 'Member since', null],
      [null, 'Member since', null],
    ]);
    // The cell's own text stays the value (the label is drawn by CSS, with an empty alternative text).
    expect((root.querySelector('#mat tbody td:nth-child(2)') as HTMLElement).textContent?.trim()).toBe('Léa');
    expect(labels(root, 'plain')).toEqual([['Version', 'By']]);
  });
});
