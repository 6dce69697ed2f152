import { Injector, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { Observable, Subject, of, throwError } from 'rxjs';
import { PageQueryOptions, pageQuery } from './page-query';

const apiFailure = (code: string) => new CombinedGraphQLErrors({ errors: [{ message: code, extensions: { code } }] });

function start<T, K>(options: PageQueryOptions<T, K>) {
  const page = TestBed.inject(Injector).runInContext(() => pageQuery(options));
  TestBed.tick();
  return page;
}

describe('pageQuery', () => {
  it('loads, then shows the data, calls onData first and sets the title', () => {
    const answer = new Subject<{ name: string }>();
    const seen: string[] = [];
    const page = start({ fetch: () => answer, onData: (d) => seen.push(d.name), title: (d) => `${d.name} · Manager` });
    expect(page.status()).toBe('loading');
    answer.next({ name: 'Acme' });
    expect(page.state()).toEqual({ status: 'ready', data: { name: 'Acme' } });
    expect(seen).toEqual(['Acme']);
    expect(TestBed.inject(Title).getTitle()).toBe('Acme · Manager');
  });

  it('shows NOT_FOUND, a malformed id and a null lookup the same: not found', () => {
    for (const fetch of [() => throwError(() => apiFailure('NOT_FOUND')), () => throwError(() => apiFailure('BAD_USER_INPUT')), () => of(null)]) {
      expect(start({ fetch, notFoundTitle: 'Organization not found · Manager' }).status()).toBe('not-found');
    }
    expect(TestBed.inject(Title).getTitle()).toBe('Organization not found · Manager');
  });

  it('shows FORBIDDEN as the page refusal card when it has one, else as not found', () => {
    const card = { icon: 'lock', heading: 'Not available to your role', message: '…' };
    const forbidden = () => throwError(() => apiFailure('FORBIDDEN'));
    expect(start({ fetch: forbidden, forbidden: card }).state()).toEqual({ status: 'refused', refusal: card, data: null });
    expect(start({ fetch: forbidden }).status()).toBe('not-found');
  });

  it('refuses from the data, without onData', () => {
    const card = { icon: 'lock', heading: 'No', message: '…' };
    const onData = jest.fn();
    const page = start({ fetch: () => of({ role: 'USER' }), refuse: (d) => (d.role === 'USER' ? card : null), onData });
    expect(page.state()).toEqual({ status: 'refused', refusal: card, data: { role: 'USER' } });
    expect(page.data()).toBeNull();
    expect(onData).not.toHaveBeenCalled();
  });

  it('fails on anything else, and loads again on reload', () => {
    const answers: Observable<{ n: number }>[] = [throwError(() => new TypeError('Failed to fetch')), of({ n: 2 })];
    const page = start({ fetch: () => answers.shift() ?? of({ n: 0 }) });
    expect(page.status()).toBe('error');
    page.reload();
    expect(page.data()).toEqual({ n: 2 });
  });

  it('follows its key, drops the answer for the old one, and calls an empty key not found', () => {
    const key = signal('o1');
    const answers = new Map([['o1', new Subject<string>()], ['o2', new Subject<string>()]]);
    const page = start({ key: () => key(), fetch: (k) => answers.get(k) ?? of(null) });
    key.set('o2');
    TestBed.tick();
    answers.get('o1')?.next('old');
    expect(page.status()).toBe('loading');
    answers.get('o2')?.next('new');
    expect(page.data()).toBe('new');
    key.set('');
    TestBed.tick();
    expect(page.status()).toBe('not-found');
  });

  it('refreshes with the page still shown', () => {
    const answer = new Subject<number>();
    let calls = 0;
    const page = start({ fetch: () => (calls++ === 0 ? of(1) : answer), onData: jest.fn() });
    page.refresh();
    expect(page.refreshing()).toBe(true);
    expect(page.data()).toBe(1);
    answer.next(2);
    expect(page.refreshing()).toBe(false);
    expect(page.data()).toBe(2);
  });
});
