import { of, Subject, throwError } from 'rxjs';
import { KeysetList, type KeysetPage } from './keyset-list';

const page = (ids: string[], hasNextPage: boolean, endCursor: string | null, totalCount = 5): KeysetPage<{ id: string }> => ({
  totalCount,
  pageInfo: { hasNextPage, endCursor },
  edges: ids.map((id) => ({ node: { id } })),
});

describe('KeysetList', () => {
  it('adds pages without showing a row twice, and counts what remains', () => {
    const list = new KeysetList<{ id: string }>();
    list.add(page(['a', 'b'], true, 'c1'));
    list.add(page(['b', 'c'], true, 'c2'));
    expect(list.items().map((i) => i.id)).toEqual(['a', 'b', 'c']);
    expect(list.remaining()).toBe(2);
    expect(list.hasNextPage()).toBe(true);
  });

  it('asks for the page after the last cursor, and not again while one is loading', () => {
    const list = new KeysetList<{ id: string }>();
    list.add(page(['a'], true, 'cursor-1'));
    const pending = new Subject<KeysetPage<{ id: string }>>();
    const asked: (string | null)[] = [];
    list.loadMore((after) => (asked.push(after), pending));
    list.loadMore((after) => (asked.push(after), pending));
    expect(asked).toEqual(['cursor-1']);
    expect(list.loadingMore()).toBe(true);
    pending.next(page(['b'], false, 'cursor-2'));
    expect(list.items().map((i) => i.id)).toEqual(['a', 'b']);
    expect(list.loadingMore()).toBe(false);
    expect(list.loadMore(() => of(page(['x'], false, null)))).toBeUndefined(); // no more
  });

  it('keeps the rows when a page fails, ignores a null page, and forgets everything on clear', () => {
    const list = new KeysetList<{ id: string }>();
    list.add(page(['a'], true, 'c1'));
    list.loadMore(() => throwError(() => new Error('offline')));
    expect(list.loadMoreFailed()).toBe(true);
    expect(list.items().map((i) => i.id)).toEqual(['a']);
    list.loadMore(() => of(null));
    expect(list.items().map((i) => i.id)).toEqual(['a']);
    expect(list.loadMoreFailed()).toBe(false);
    list.clear();
    expect(list.items()).toEqual([]);
    const asked: (string | null)[] = [];
    list.add(page(['z'], true, 'c9'));
    list.loadMore((after) => (asked.push(after), of(null)));
    expect(asked).toEqual(['c9']);
  });

  it('drops a page still on its way when it is cleared (the list of another organization loads)', () => {
    const list = new KeysetList<{ id: string }>();
    list.add(page(['a'], true, 'c1'));
    const late = new Subject<KeysetPage<{ id: string }>>();
    list.loadMore(() => late);
    list.clear();
    late.next(page(['old'], false, null));
    expect(list.items()).toEqual([]);
    expect(list.loadingMore()).toBe(false);
  });

  it('loads its own first page with its fetch, and reports a failure of it apart from "load more"', () => {
    const answers = [throwError(() => new Error('offline')), of(page(['a', 'b'], true, 'c1', 3)), of(page(['c'], false, null, 3))];
    const asked: (string | null)[] = [];
    const list = new KeysetList<{ id: string }>({ fetch: (after) => (asked.push(after), answers.shift() ?? of(null)) });
    list.reload();
    expect(list.status()).toBe('error');
    list.reload();
    expect(list.status()).toBe('ready');
    list.loadMore();
    expect(asked).toEqual([null, null, 'c1']);
    expect(list.items().map((i) => i.id)).toEqual(['a', 'b', 'c']);
    expect(list.empty()).toBe(false);
  });

  it('deduplicates by the key it is given, and counts removed rows out of the total', () => {
    type Client = { partnershipId: string };
    const list = new KeysetList<Client>({ key: (c) => c.partnershipId });
    const clients = (ids: string[]): KeysetPage<Client> => ({
      totalCount: 3,
      pageInfo: { hasNextPage: true, endCursor: 'x' },
      edges: ids.map((partnershipId) => ({ node: { partnershipId } })),
    });
    list.add(clients(['p1', 'p2']));
    list.add(clients(['p2', 'p3']));
    expect(list.items().map((c) => c.partnershipId)).toEqual(['p1', 'p2', 'p3']);
    list.remove((c) => c.partnershipId === 'p2');
    expect(list.items().map((c) => c.partnershipId)).toEqual(['p1', 'p3']);
    expect(list.totalCount()).toBe(2);
  });
});
