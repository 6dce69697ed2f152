import { ChangeDetectionStrategy, Component, ViewEncapsulation } from '@angular/core';

/**
 * The phone layout of tables (`_table-cards.scss`: every mat-table and every table of class
 * "mgr-card-table" as cards) as global styles that come with the signed-in frame, where all those
 * tables are, instead of with the app's stylesheet, which the login screen loads and which
 * blocks its first paint. The shell renders this once: an empty, hidden element whose styles,
 * not encapsulated, apply to the whole document for as long as the shell is there.
 */
@Component({
  selector: 'mgr-table-cards',
  changeDetection: ChangeDetectionStrategy.OnPush,
  encapsulation: ViewEncapsulation.None,
  template: '',
  styleUrl: './_table-cards.scss',
  host: { hidden: '' },
})
export class TableCards {}
