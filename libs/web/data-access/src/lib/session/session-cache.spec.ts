import { TestBed } from '@angular/core/testing';
import { SessionCache } from './session-cache';

describe('SessionCache', () => {
  it('does nothing when no cache was registered (Apollo never loaded)', async () => {
    await expect(TestBed.inject(SessionCache).clear()).resolves.toBeUndefined();
  });

  it('empties every registered cache and waits for them', async () => {
    const cache = TestBed.inject(SessionCache);
    const order: string[] = [];
    cache.register(() => new Promise((done) => setTimeout(() => done(order.push('apollo')), 5)));
    await cache.clear();
    expect(order).toEqual(['apollo']);
  });

  it('forgets a cache taken off', async () => {
    const cache = TestBed.inject(SessionCache);
    const clearer = jest.fn(() => Promise.resolve());
    const unregister = cache.register(clearer);
    unregister();
    await cache.clear();
    expect(clearer).not.toHaveBeenCalled();
  });
});
