import { signal } from '@angular/core';
import { ClientSelection } from './client-selection';

function setUp(loaded: string[], total: number) {
  const ids = signal(loaded);
  const count = signal(total);
  return { selection: new ClientSelection(ids, count), ids, count };
}

describe('ClientSelection', () => {
  it('ticks rows one by one and counts them', () => {
    const { selection } = setUp(['a', 'b', 'c'], 3);
    selection.toggle('a');
    selection.toggle('c');
    expect(selection.count()).toBe(2);
    expect(selection.pageState()).toBe('some');
    expect(selection.selectedIds().sort()).toEqual(['a', 'c']);
    selection.toggle('a');
    expect(selection.selectedIds()).toEqual(['c']);
  });

  it('ticks and unticks the loaded page with the header', () => {
    const { selection } = setUp(['a', 'b'], 2);
    selection.togglePage();
    expect(selection.pageState()).toBe('all');
    expect(selection.offerAllMatching()).toBe(false);
    selection.togglePage();
    expect(selection.any()).toBe(false);
  });

  it('offers every matching client once the page is ticked and more exist', () => {
    const { selection } = setUp(['a', 'b'], 300);
    selection.togglePage();
    expect(selection.offerAllMatching()).toBe(true);
    selection.selectAllMatching();
    expect(selection.count()).toBe(300);
    expect(selection.isSelected('zzz')).toBe(true);
    expect(selection.offerAllMatching()).toBe(false);
  });

  it('unticking one of all matching keeps the other loaded rows', () => {
    const { selection } = setUp(['a', 'b', 'c'], 300);
    selection.selectAllMatching();
    selection.toggle('b');
    expect(selection.allMatching()).toBe(false);
    expect(selection.selectedIds().sort()).toEqual(['a', 'c']);
  });

  it('forgets all matching when the search changes, not single ticks', () => {
    const { selection } = setUp(['a', 'b'], 300);
    selection.toggle('a');
    selection.searchChanged();
    expect(selection.selectedIds()).toEqual(['a']);
    selection.selectAllMatching();
    selection.searchChanged();
    expect(selection.any()).toBe(false);
  });
});
