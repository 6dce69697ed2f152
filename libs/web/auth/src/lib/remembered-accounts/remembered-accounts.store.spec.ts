import { TestBed } from '@angular/core/testing';
import { REMEMBERED_ACCOUNTS_KEY, RememberedAccountsStore } from './remembered-accounts.store';

function freshStore(): RememberedAccountsStore {
  TestBed.resetTestingModule();
  return TestBed.inject(RememberedAccountsStore);
}

function stored(): unknown {
  return JSON.parse(localStorage.getItem(REMEMBERED_ACCOUNTS_KEY) ?? 'null');
}

describe('RememberedAccountsStore', () => {
  beforeEach(() => localStorage.clear());

  it('starts empty', () => {
    const store = freshStore();
    expect(store.accounts()).toEqual([]);
    expect(store.isEmpty()).toBe(true);
  });

  it('records display name and email only, even when given more', () => {
    const store = freshStore();
    const login = {
      displayName: 'Ada Lovelace',
      email: 'ada@example.com',
      password: 'hunter2',
      token: 'secret-token',
      id: '42',
    };
    store.record(login);
    expect(store.accounts()).toEqual([{ displayName: 'Ada Lovelace', email: 'ada@example.com' }]);
    expect(stored()).toEqual([{ displayName: 'Ada Lovelace', email: 'ada@example.com' }]);
    const raw = localStorage.getItem(REMEMBERED_ACCOUNTS_KEY) ?? '';
    expect(raw).not.toContain('hunter2');
    expect(raw).not.toContain('secret-token');
    expect(raw).not.toContain('42');
  });

  it('keeps the most recent login first and dedupes emails case-insensitively', () => {
    const store = freshStore();
    store.record({ displayName: 'Ada', email: 'ada@example.com' });
    store.record({ displayName: 'Bob', email: 'bob@example.com' });
    store.record({ displayName: 'Ada Lovelace', email: 'ADA@example.com' });
    expect(store.accounts()).toEqual([
      { displayName: 'Ada Lovelace', email: 'ADA@example.com' },
      { displayName: 'Bob', email: 'bob@example.com' },
    ]);
  });

  it('removes an account', () => {
    const store = freshStore();
    store.record({ displayName: 'Ada', email: 'ada@example.com' });
    store.record({ displayName: 'Bob', email: 'bob@example.com' });
    store.remove('Ada@Example.com');
    expect(store.accounts()).toEqual([{ displayName: 'Bob', email: 'bob@example.com' }]);
    expect(stored()).toEqual([{ displayName: 'Bob', email: 'bob@example.com' }]);
  });

  it('survives a reload', () => {
    freshStore().record({ displayName: 'Ada', email: 'ada@example.com' });
    const reloaded = freshStore();
    expect(reloaded.accounts()).toEqual([{ displayName: 'Ada', email: 'ada@example.com' }]);
  });

  it('drops anything else found in storage', () => {
    localStorage.setItem(
      REMEMBERED_ACCOUNTS_KEY,
      JSON.stringify([
        { displayName: 'Ada', email: 'ada@example.com', password: 'hunter2' },
        { displayName: 'Dup', email: 'ADA@example.com' },
        { email: 42 },
        'nonsense',
        null,
      ]),
    );
    const store = freshStore();
    expect(store.accounts()).toEqual([{ displayName: 'Ada', email: 'ada@example.com' }]);
    store.record({ displayName: 'Bob', email: 'bob@example.com' });
    expect(localStorage.getItem(REMEMBERED_ACCOUNTS_KEY)).not.toContain('hunter2');
  });

  it('treats corrupt storage as empty', () => {
    localStorage.setItem(REMEMBERED_ACCOUNTS_KEY, '{not json');
    expect(freshStore().accounts()).toEqual([]);
  });

  it('ignores an entry without an email', () => {
    const store = freshStore();
    store.record({ displayName: 'Nobody', email: '  ' });
    expect(store.accounts()).toEqual([]);
    expect(localStorage.getItem(REMEMBERED_ACCOUNTS_KEY)).toBeNull();
  });
});
